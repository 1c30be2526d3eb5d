import CNcursesw
import LedeScreen

/// Turns an ncurses mouse event's button state into a press, release or wheel step.
public enum MouseDecoder {
    /// Nil for states Lede does not use (drags without a button, modifier-only reports).
    public static func decode(x: Int, y: Int, buttonState: UInt32) -> MouseEvent? {
        let s = buttonState
        let action: MouseEvent.Action
        if s & lede_button4_pressed() != 0 {
            action = .wheelUp
        } else if s & lede_button5_pressed() != 0 {
            action = .wheelDown
        } else if s & (lede_button1_pressed() | lede_button2_pressed() | lede_button3_pressed()
                       | lede_button1_clicked()) != 0 {
            action = .press
        } else if s & (lede_button1_released() | lede_button2_released() | lede_button3_released()) != 0 {
            action = .release
        } else {
            return nil
        }
        return MouseEvent(x: x, y: y, action: action)
    }
}

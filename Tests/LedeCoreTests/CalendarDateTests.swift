import Testing
@testable import LedeCore

@Suite struct CalendarDateTests {
    @Test func parsesAndPrintsISO() {
        #expect(CalendarDate(iso: "2025-01-21") == CalendarDate(year: 2025, month: 1, day: 21))
        #expect(CalendarDate(iso: "2025-01-21T10:00:00Z")?.iso == "2025-01-21")
        #expect(CalendarDate(iso: "2025-02-30") == nil)
        #expect(CalendarDate(iso: "21/01/2025") == nil)
        #expect(CalendarDate(iso: "2024-02-29") != nil)
    }

    @Test func dayArithmeticRoundTrips() {
        let d = CalendarDate(year: 2025, month: 1, day: 18)
        #expect(d.adding(days: 42).iso == "2025-03-01")
        #expect(CalendarDate(dayNumber: 0).iso == "1970-01-01")
        #expect(CalendarDate(year: 2000, month: 3, day: 1).adding(days: -1).iso == "2000-02-29")
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(CalendarDate(dayNumber: n).dayNumber == n)
        }
    }

    @Test func weekdays() {
        #expect(CalendarDate(year: 2017, month: 7, day: 18).weekday == 2)   // a Tuesday
        #expect(CalendarDate(year: 2015, month: 9, day: 22).weekday == 2)
        #expect(CalendarDate(year: 1970, month: 1, day: 1).weekday == 4)
        #expect(CalendarDate(year: 2023, month: 10, day: 7).weekday == 6)   // a Saturday
    }
}

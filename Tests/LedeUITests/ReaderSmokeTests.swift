import LedeCore
import Testing
@testable import LedeUI

@Suite struct ReaderSmokeTests {
    @Test func seedRendersTitleAndText() {
        let s = ReaderFixture.state(ReaderFixture.seed)
        let lines = Reader.render(s).trimmedLines()
        #expect(lines.count == 40)
        #expect(lines[1].contains("In a dramatic turn of events"))
        #expect(lines.joined().contains("Facts"))
        #expect(lines.joined().contains("Timeline"))
    }
}

import Foundation
import XCTest
@testable import SaathiCore

/// A panic inside Rust comes out as a thrown error; the test process and the library carry on.
final class PanicTests: XCTestCase {
    func testAPanicInACallIsTheTypedInternalError() throws {
        XCTAssertEqual(expectError { try debugPanicForTests() }, .Internal)
        XCTAssertEqual(try openIn(try freshDirectory()).people(), [])
    }

    func testUniFFIsOwnCatchHoldsForACallWithoutTheGuard() throws {
        do {
            try debugPanicUnguardedForTests()
            XCTFail("no error")
        } catch let error as SaathiError {
            XCTFail("expected UniFFI's internal error, got \(error)")
        } catch {
            XCTAssert(error.localizedDescription.contains("deliberate panic"), error.localizedDescription)
        }
        XCTAssertEqual(try openIn(try freshDirectory()).people(), [])
    }
}

import Foundation
import XCTest
@testable import SaathiCore

/// Objects end cleanly: a call after the end is a thrown error, never a crash.
final class LifetimeTests: XCTestCase {
    func testShutdownClosesTheDatabaseForTheCoreAndItsSessions() throws {
        let dir = try freshDirectory()
        let h = try Household(try openIn(dir))
        _ = try h.patient.log(patient: h.nasreen.id, reading: glucose(5.9), options: LogOptions())
        XCTAssertFalse(h.core.isClosed())
        try h.core.shutdown()
        try h.core.shutdown()
        XCTAssertTrue(h.core.isClosed())
        XCTAssertEqual(expectError { try h.core.people() }, .Closed)
        XCTAssertEqual(expectError { try h.helper.actor() }, .Closed)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("saathi.db-wal").path))

        let again = try openIn(dir)
        XCTAssertEqual(try again.people().map(\.name), ["Nasreen", "Imran"])
        let patient = try again.session(actor: h.nasreen.id)
        XCTAssertEqual(try patient.summaryDays(patient: h.nasreen.id, days: 1).glucose?.overall.count, 1)
    }

    func testAnEndedSessionRefusesCallsWhileOthersGoOn() throws {
        let h = try Household(try openIn(try freshDirectory()))
        try h.patient.end()
        try h.patient.end()
        XCTAssertEqual(expectError { try h.patient.summaryDays(patient: h.nasreen.id, days: 7) }, .SessionEnded)
        XCTAssertEqual(try h.helper.actor().name, "Imran")
    }

    func testSessionsOutliveTheLastReferenceToTheirCore() throws {
        var core: Saathi? = try openIn(try freshDirectory())
        let nasreen = try core!.addPerson(person: NewPerson(name: "Nasreen", role: .patient, units: metric))
        let session = try core!.session(actor: nasreen.id)
        core = nil // ARC frees the Swift object and its Rust handle
        XCTAssertEqual(try session.actor().name, "Nasreen")
        _ = try session.log(patient: nasreen.id, reading: glucose(6.4), options: LogOptions())
    }
}

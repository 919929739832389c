import Foundation
import XCTest
@testable import SaathiCore

/// The core's log lines reach a Swift LogSink; health values never do.
final class LogSinkTests: XCTestCase {
    final class Collect: LogSink, @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [LogRecord] = []

        func log(record: LogRecord) {
            lock.lock(); seen.append(record); lock.unlock()
        }

        var records: [LogRecord] {
            lock.lock(); defer { lock.unlock() }
            return seen
        }
    }

    override func tearDown() {
        clearLogSink()
    }

    func testInfoAndErrorsArriveWithLevelTargetAndMessage() throws {
        let sink = Collect()
        try setLogSink(sink: sink)
        let dir = try freshDirectory()
        try openIn(dir).shutdown()
        _ = expectError { try Saathi.open(config: SaathiConfig(dbPath: dir.path)) }
        let opened = sink.records.first { $0.message == "opened the database" }
        XCTAssertEqual(opened?.level, .info)
        XCTAssertEqual(opened?.target, "saathi_ffi::saathi")
        let failed = sink.records.first { $0.level == .error }
        XCTAssertEqual(failed?.target, "saathi_core::error")
        XCTAssertFalse(sink.records.contains { $0.level == .debug }, "the sink starts at info")
    }

    func testReadingsValuesNeverReachTheSink() throws {
        let sink = Collect()
        try setLogSink(sink: sink)
        setLogLevel(level: .debug)
        let h = try Household(try openIn(try freshDirectory()))
        _ = try h.patient.log(patient: h.nasreen.id, reading: glucose(13.7), options: LogOptions())
        XCTAssertEqual(sink.records.filter { $0.message.hasPrefix("logging a reading") }.count, 1)
        XCTAssertFalse(sink.records.contains { $0.message.contains("13.7") })
    }
}

import Foundation
import XCTest
@testable import SaathiCore

/// The objects are shared across threads: calls at once are all served, and nothing is lost.
final class ThreadTests: XCTestCase {
    func testEightThreadsLogAtOnceAndEveryReadingIsStored() async throws {
        let h = try Household(try openIn(try freshDirectory()))
        try h.share()
        let threads = 8, perThread = 25
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: threads) { t in
            do {
                let session = t % 2 == 0 ? h.patient : try h.core.session(actor: t % 4 == 1 ? h.imran.id : h.nasreen.id)
                for i in 0..<perThread {
                    let logged = try session.log(patient: h.nasreen.id, reading: glucose(4.5 + Double((t * perThread + i) % 50) / 10),
                                                 options: LogOptions())
                    if i % 5 == 0 { _ = try session.summaryDays(patient: h.nasreen.id, days: 1) }
                    results.add(logged.record)
                }
            } catch {
                results.fail("\(error)")
            }
        }
        let (records, failures) = results.snapshot
        XCTAssertEqual(failures, [])
        XCTAssertEqual(Set(records).count, threads * perThread)
        let stored = try h.patient.readings(patient: h.nasreen.id, from: Date() - 86_400, to: Date() + 60)
        XCTAssertEqual(Set(stored.map(\.meta.recordId)), Set(records))
        guard case .intact = try await h.core.verifyAudit() else { return XCTFail("the audit chain broke") }
    }

    /// What the threads report, behind a lock.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var records: [RecordId] = []
        private var failures: [String] = []

        func add(_ record: RecordId) { lock.lock(); records.append(record); lock.unlock() }
        func fail(_ failure: String) { lock.lock(); failures.append(failure); lock.unlock() }
        var snapshot: ([RecordId], [String]) { lock.lock(); defer { lock.unlock() }; return (records, failures) }
    }
}

import Foundation
import XCTest
@testable import SaathiCore

/// A clock the test moves on by hand (invitations expiring, PIN waits).
final class TestClock: ClockSource, @unchecked Sendable {
    private let lock = NSLock()
    private var instant: Date

    init(_ start: Date = Date(timeIntervalSince1970: 1_795_253_400)) { // 2026-11-21T09:30:00Z
        instant = start
    }

    func now() -> Taken {
        lock.lock(); defer { lock.unlock() }
        return Taken(at: instant, offsetSeconds: 0)
    }

    func advance(_ seconds: TimeInterval) {
        lock.lock(); defer { lock.unlock() }
        instant += seconds
    }

    var current: Date {
        lock.lock(); defer { lock.unlock() }
        return instant
    }
}

let metric = UnitPreferences(glucose: .mmolPerL, hba1c: .mmolPerMol, weight: .kg)

/// A fresh directory for one test's database.
func freshDirectory() throws -> URL {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("saathi-swift-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}

/// The repository's signed demo content pack: `SAATHI_DEMO_PACK` (the chroot run sets it),
/// else `content/pack` from the package folder.
var demoPack: String {
    if let path = ProcessInfo.processInfo.environment["SAATHI_DEMO_PACK"] { return path }
    return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        .appendingPathComponent("../../content/pack").standardizedFileURL.path
}

func openIn(_ dir: URL, clock: ClockSource? = nil, textLanguages: [String] = []) throws -> Saathi {
    let config = SaathiConfig(dbPath: dir.appendingPathComponent("saathi.db").path,
                              trustedPublishers: [demoPublisherKey()], textLanguages: textLanguages)
    if let clock { return try Saathi.openWithClock(config: config, clock: clock) }
    return try Saathi.open(config: config)
}

func glucose(_ value: Double, _ context: GlucoseContext = .beforeMeal) -> Reading {
    .glucose(value: value, unit: .mmolPerL, context: context)
}

/// A patient, Nasreen, and her son Imran who helps her.
struct Household {
    let core: Saathi
    let nasreen: Person
    let imran: Person
    let patient: SaathiSession
    let helper: SaathiSession

    init(_ core: Saathi) throws {
        self.core = core
        nasreen = try core.addPerson(person: NewPerson(
            name: "Nasreen", role: .patient, birthYear: 1958,
            conditions: [.type2Diabetes, .highBloodPressure], units: metric))
        imran = try core.addPerson(person: NewPerson(name: "Imran", role: .helper, units: metric))
        patient = try core.session(actor: nasreen.id)
        helper = try core.session(actor: imran.id)
    }

    @discardableResult
    func share(_ scopes: [Scope] = [.viewReadings, .logReadings]) throws -> Grant {
        let invitation = try patient.invite(patient: nasreen.id, request: InviteRequest(scopes: scopes, basis: .consent))
        return try helper.acceptInvite(code: invitation.spoken)
    }
}

/// Runs `body`, which must throw a `SaathiError`; returns it.
func expectError<T>(_ body: () throws -> T, file: StaticString = #filePath, line: UInt = #line) -> SaathiError? {
    do {
        _ = try body()
        XCTFail("expected a SaathiError, but the call succeeded", file: file, line: line)
    } catch let error as SaathiError {
        return error
    } catch {
        XCTFail("expected a SaathiError, got \(error)", file: file, line: line)
    }
    return nil
}

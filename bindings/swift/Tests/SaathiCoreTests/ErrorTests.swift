import Foundation
import XCTest
@testable import SaathiCore

/// Every SaathiError case, reached through the real library. `name(of:)` switches over all
/// cases, so a new case does not compile here until it has a scenario.
final class ErrorTests: XCTestCase {
    static func name(of error: SaathiError) -> String {
        switch error {
        case .InvalidInput: return "InvalidInput"
        case .InvalidImportRow: return "InvalidImportRow"
        case .NotAllowed: return "NotAllowed"
        case .NotFound: return "NotFound"
        case .NameTaken: return "NameTaken"
        case .DatabaseDamaged: return "DatabaseDamaged"
        case .DatabaseFromNewerVersion: return "DatabaseFromNewerVersion"
        case .DatabaseNotSaathi: return "DatabaseNotSaathi"
        case .DatabaseDamagedInUse: return "DatabaseDamagedInUse"
        case .PinRequired: return "PinRequired"
        case .NoPinSet: return "NoPinSet"
        case .WrongPin: return "WrongPin"
        case .PinLocked: return "PinLocked"
        case .InvalidInviteCode: return "InvalidInviteCode"
        case .InviteExpired: return "InviteExpired"
        case .InviteUsed: return "InviteUsed"
        case .OwnInvitation: return "OwnInvitation"
        case .Storage: return "Storage"
        case .Closed: return "Closed"
        case .SessionEnded: return "SessionEnded"
        case .Internal: return "Internal"
        case .PackRefused: return "PackRefused"
        case .DownloadFailed: return "DownloadFailed"
        case .NeedsWifi: return "NeedsWifi"
        case .NoContent: return "NoContent"
        }
    }

    func testEveryCaseIsReachedWithItsTypedFields() async throws {
        var reached = Set<String>()
        func note(_ error: SaathiError?) { if let error { reached.insert(Self.name(of: error)) } }

        // Invalid input: the field and the limit, never the value typed; nothing stored.
        var h = try Household(try openIn(try freshDirectory()))
        let invalid = expectError { try h.patient.log(patient: h.nasreen.id, reading: glucose(0.3), options: LogOptions()) }
        XCTAssertEqual(invalid, .InvalidInput(field: .glucose, problem: .belowMin(min: 0.5, unit: "mmol/L")))
        XCTAssertFalse("\(String(describing: invalid))".contains("0.3"))
        XCTAssertEqual(try h.patient.readings(patient: h.nasreen.id, from: Date(timeIntervalSince1970: 0), to: Date()), [])
        XCTAssertEqual(expectError {
            try h.patient.addRegimen(patient: h.nasreen.id, regimen: Regimen(
                name: "Metformin", dose: "500 mg", times: [TimeOfDay(hour: 25, minute: 0)], withFood: .with))
        }, .InvalidInput(field: .doseTimes, problem: .notAChoice))
        note(invalid)

        // An import row: all rows or none.
        let at = Date(timeIntervalSince1970: 1_795_132_800)
        let rows = [GlucoseRow(taken: Taken(at: at, offsetSeconds: 0), value: 6.1, unit: .mmolPerL, context: .random),
                    GlucoseRow(taken: Taken(at: at + 300, offsetSeconds: 0), value: 900, unit: .mmolPerL, context: .random)]
        do {
            _ = try await h.patient.importGlucose(patient: h.nasreen.id, rows: rows, source: .cgmImport)
            XCTFail("the import succeeded")
        } catch let error as SaathiError {
            guard case let .InvalidImportRow(row, field, problem) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(row, 2)
            XCTAssertEqual(field, .glucose)
            guard case .aboveMax = problem else { return XCTFail("\(problem)") }
            note(error)
        }

        note(expectError { try h.helper.summaryDays(patient: h.nasreen.id, days: 7) }
            .map { XCTAssertEqual($0, .NotAllowed(action: .viewReadings, denial: .noPermission)); return $0 })
        note(expectError { try h.core.session(actor: 4242) }.map { XCTAssertEqual($0, .NotFound(what: .person)); return $0 })
        note(expectError { try h.core.addPerson(person: NewPerson(name: "nasreen", role: .helper, units: metric)) }
            .map { XCTAssertEqual($0, .NameTaken); return $0 })

        // PINs.
        note(expectError { try h.core.privateSession(actor: h.nasreen.id, pin: "2468") }
            .map { XCTAssertEqual($0, .NoPinSet); return $0 })
        try h.patient.setPin(pin: "2468")
        note(expectError { try h.core.session(actor: h.nasreen.id) }.map { XCTAssertEqual($0, .PinRequired); return $0 })
        note(expectError { try h.core.unlock(actor: h.nasreen.id, pin: "1111") }
            .map { XCTAssertEqual($0, .WrongPin(retryAt: nil)); return $0 })
        _ = expectError { try h.core.unlock(actor: h.nasreen.id, pin: "1111") }
        _ = expectError { try h.core.unlock(actor: h.nasreen.id, pin: "1111") }
        let locked = expectError { try h.core.unlock(actor: h.nasreen.id, pin: "2468") }
        guard case let .PinLocked(_, waitMinutes) = locked else { return XCTFail("\(String(describing: locked))") }
        XCTAssertEqual(waitMinutes, 1)
        note(locked)

        // Invitations.
        let clock = TestClock()
        h = try Household(try openIn(try freshDirectory(), clock: clock))
        note(expectError { try h.helper.acceptInvite(code: "ABC") }
            .map { XCTAssertEqual($0, .InvalidInviteCode(problem: .wrongLength)); return $0 })
        let request = InviteRequest(scopes: [.viewReadings], basis: .consent)
        note(expectError { try h.patient.acceptInvite(code: try h.patient.invite(patient: h.nasreen.id, request: request).code) }
            .map { XCTAssertEqual($0, .OwnInvitation); return $0 })
        let used = try h.patient.invite(patient: h.nasreen.id, request: request)
        _ = try h.helper.acceptInvite(code: used.code)
        note(expectError { try h.helper.acceptInvite(code: used.code) }.map { XCTAssertEqual($0, .InviteUsed); return $0 })
        let late = try h.patient.invite(patient: h.nasreen.id, request: request)
        XCTAssertEqual(late.expires, clock.current + 48 * 3600)
        clock.advance(49 * 3600)
        note(expectError { try h.helper.acceptInvite(code: late.code) }.map { XCTAssertEqual($0, .InviteExpired); return $0 })

        // Lifetimes.
        try h.helper.end()
        note(expectError { try h.helper.helping() }.map { XCTAssertEqual($0, .SessionEnded); return $0 })
        try h.core.shutdown()
        note(expectError { try h.patient.actor() }.map { XCTAssertEqual($0, .Closed); return $0 })

        // Storage: a damaged file is moved aside and kept; a newer one too; an unusable path fails.
        let damagedDir = try freshDirectory()
        try Data((0..<8192).map { UInt8($0 % 251) }).write(to: damagedDir.appendingPathComponent("saathi.db"))
        let damaged = expectError { try openIn(damagedDir) }
        guard case let .DatabaseDamaged(movedTo) = damaged else { return XCTFail("\(String(describing: damaged))") }
        XCTAssert(FileManager.default.fileExists(atPath: movedTo))
        note(damaged)

        let newerDir = try freshDirectory()
        try openIn(newerDir).shutdown()
        let file = try FileHandle(forUpdating: newerDir.appendingPathComponent("saathi.db"))
        try file.seek(toOffset: 60)
        file.write(Data([0, 0, 0x27, 0x0f])) // user_version 9999, big-endian
        try file.close()
        let newer = expectError { try openIn(newerDir) }
        guard case .DatabaseFromNewerVersion = newer else { return XCTFail("\(String(describing: newer))") }
        note(newer)

        // Another app's file (its application id, header bytes 68-71): moved aside, untouched.
        let otherDir = try freshDirectory()
        try openIn(otherDir).shutdown()
        let other = try FileHandle(forUpdating: otherDir.appendingPathComponent("saathi.db"))
        try other.seek(toOffset: 68)
        other.write(Data([0, 0, 0x04, 0xd2])) // 1234
        try other.close()
        let notSaathi = expectError { try openIn(otherDir) }
        guard case let .DatabaseNotSaathi(otherMovedTo) = notSaathi else { return XCTFail("\(String(describing: notSaathi))") }
        XCTAssert(FileManager.default.fileExists(atPath: otherMovedTo))
        note(notSaathi)

        // Damage deep in the file, past what an open reads, met by a call.
        let deepDir = try freshDirectory()
        let deep = try Household(try openIn(deepDir))
        let start = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01
        let many = (0..<20_000).map {
            GlucoseRow(taken: Taken(at: start + Double($0) * 300, offsetSeconds: 0),
                       value: 5.0 + Double($0 % 30) / 10.0, unit: .mmolPerL, context: .random)
        }
        _ = try await deep.patient.importGlucose(patient: deep.nasreen.id, rows: many, source: .cgmImport)
        try deep.core.shutdown()
        let pages = try FileHandle(forUpdating: deepDir.appendingPathComponent("saathi.db"))
        let count = try pages.seekToEnd() / 4096
        for page in (count / 2)..<count {
            try pages.seek(toOffset: page * 4096)
            pages.write(Data(repeating: 0xEE, count: 8))
        }
        try pages.close()
        let reopened = try openIn(deepDir)
        let inUse = expectError {
            try reopened.session(actor: deep.nasreen.id).readings(
                patient: deep.nasreen.id, from: Date(timeIntervalSince1970: 0), to: Date(timeIntervalSince1970: 1_800_000_000))
        }
        XCTAssertEqual(inUse, .DatabaseDamagedInUse)
        note(inUse)
        try reopened.shutdown()
        guard case .DatabaseDamaged = expectError({ try openIn(deepDir) }) else { return XCTFail("moved aside on the next open") }

        note(expectError { try Saathi.open(config: SaathiConfig(dbPath: try freshDirectory().path)) }
            .map { XCTAssertEqual($0, .Storage); return $0 })

        // Content: an untrusted pack, a failed download, Wi-Fi only on mobile data, no pack yet.
        let untrusted = try Saathi.open(config: SaathiConfig(dbPath: try freshDirectory().appendingPathComponent("s.db").path))
        do {
            _ = try await untrusted.installPack(path: demoPack)
            XCTFail("an untrusted pack was installed")
        } catch let error as SaathiError {
            XCTAssertEqual(error, .PackRefused(code: "pack-unknown-publisher"))
            note(error)
        }
        XCTAssertEqual(try untrusted.installedPacks(), [])
        let content = try Household(try openIn(try freshDirectory()))
        note(expectError { try content.patient.searchFoods(query: "roti", limit: 3) }.map { XCTAssertEqual($0, .NoContent); return $0 })
        // A port on 127.0.0.1 the system just handed out and that was released again: nothing
        // listens there, so every attempt is refused and the retries run out.
        let nowhere = "http://127.0.0.1:\(try freeLoopbackPort())/pack.tar"
        for (network, wifiOnly) in [(NetworkKind.metered, true), (NetworkKind.wifi, false)] {
            let error = await expectErrorWithin(60) {
                try await content.core.downloadPack(url: nowhere, wifiOnly: wifiOnly, network: network, expected: nil)
            }
            XCTAssertEqual(error, wifiOnly ? .NeedsWifi : .DownloadFailed(code: "interrupted"))
            XCTAssertEqual(try content.core.installedPacks(), [])
            note(error)
        }

        // A panic.
        note(expectError { try debugPanicForTests() }.map { XCTAssertEqual($0, .Internal); return $0 })

        XCTAssertEqual(reached.count, 25, "cases not reached: \(reached)")
    }
}

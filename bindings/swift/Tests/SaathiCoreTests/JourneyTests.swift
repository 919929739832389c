import Foundation
import XCTest
@testable import SaathiCore

/// A family's first week through the generated Swift, against the real library and a real SQLite file.
final class JourneyTests: XCTestCase {
    func testAHelperLogsUntilHisMotherRevokesAccess() async throws {
        let clock = TestClock()
        let h = try Household(try openIn(try freshDirectory(), clock: clock))

        XCTAssertEqual(try h.helper.allowed(patient: h.nasreen.id, action: .logReadings), .deny(denial: .noPermission))
        let grant = try h.share()
        XCTAssertEqual(grant.state, .active)
        XCTAssertEqual(try h.helper.helping().map(\.patient), [h.nasreen.id])

        let logged = try h.helper.log(patient: h.nasreen.id, reading: glucose(6.2), options: LogOptions())
        XCTAssertEqual(logged.kind, .glucose)
        guard case let .glucose(band, _, _, sources) = logged.assessment else { return XCTFail("no assessment") }
        XCTAssertEqual(band, .inRange)
        XCTAssert(sources.contains { $0.id == "nice-ng28" })

        clock.advance(300)
        let bp = try h.helper.log(
            patient: h.nasreen.id,
            reading: .bloodPressure(systolic: 128, diastolic: 82, pulse: 70, arm: .left, position: .sitting),
            options: LogOptions())
        guard case let .bloodPressure(_, withinTarget, _, _, _) = bp.assessment else { return XCTFail("no assessment") }
        XCTAssertTrue(withinTarget)

        clock.advance(300)
        let revoked = try h.patient.revoke(patient: h.nasreen.id, grant: grant.id, reason: .patientChoice)
        XCTAssertEqual(revoked.state, .revoked)
        let refused = expectError { try h.helper.log(patient: h.nasreen.id, reading: glucose(7.0), options: LogOptions()) }
        XCTAssertEqual(refused, .NotAllowed(action: .logReadings, denial: .accessEnded))
        XCTAssertEqual(try h.helper.helping(), [])

        let summary = try h.patient.summaryDays(patient: h.nasreen.id, days: 7)
        XCTAssertEqual(summary.days, 7)
        XCTAssertEqual(summary.glucose?.overall.count, 1)
        XCTAssertEqual(summary.glucose?.overall.mean, 6.2)
        XCTAssertEqual(summary.bloodPressure?.count, 1)
        XCTAssertEqual(summary.lastDay, DateComponents(year: 2026, month: 11, day: 21), "dates cross as DateComponents")
        XCTAssertFalse(summary.messages.isEmpty)

        let actions = try h.patient.auditTrail(patient: h.nasreen.id).map(\.action)
        for action in ["invite", "accept-invite", "log", "revoke-patient-choice", "denied-log-readings"] {
            XCTAssert(actions.contains(action), "\(action) missing from \(actions)")
        }
        guard case let .intact(entries) = try await h.core.verifyAudit() else { return XCTFail("chain broken") }
        XCTAssertGreaterThanOrEqual(entries, 6)

        let entries2 = try h.patient.readings(patient: h.nasreen.id, from: clock.current - 86_400, to: clock.current)
        XCTAssertEqual(entries2.count, 2)
        XCTAssert(entries2.allSatisfy { $0.meta.enteredBy == h.imran.id })
    }

    func testMedicinesTargetsProtocolAndLanguagesCrossIntact() throws {
        let h = try Household(try openIn(try freshDirectory(), clock: TestClock()))
        let regimen = Regimen(name: "Metformin", dose: "500 mg",
                              times: [TimeOfDay(hour: 8, minute: 0), TimeOfDay(hour: 20, minute: 0)], withFood: .with)
        let id = try h.patient.addRegimen(patient: h.nasreen.id, regimen: regimen)
        XCTAssertEqual(try h.patient.regimens(patient: h.nasreen.id).map(\.regimen), [regimen])
        _ = try h.patient.recordDose(patient: h.nasreen.id, regimen: id, scheduled: TimeOfDay(hour: 8, minute: 0),
                                     status: .taken, taken: nil)

        let targets = try h.patient.targets(patient: h.nasreen.id)
        XCTAssertEqual(targets.glucoseBeforeMeal.low, 4.0)
        guard case .guideline = targets.glucoseBeforeMeal.origin else { return XCTFail("not from a guideline") }

        let status = try h.patient.startBpProtocol(patient: h.nasreen.id, plannedDays: 7)
        XCTAssertEqual(status.next, .takeReading(day: 1, sitting: .morning, number: 1))

        try h.patient.setLanguages(person: h.nasreen.id, languages: Languages(text: ["ur", "en-GB"], audio: ["pa", "ur"]))
        XCTAssertEqual(try h.patient.languages(person: h.nasreen.id)?.audio, ["pa", "ur"])
    }

    func testContentInstallAndSearchInUrdu() async throws {
        let h = try Household(try openIn(try freshDirectory()))
        XCTAssertEqual(expectError { try h.patient.searchFoods(query: "roti", limit: 5) }, .NoContent)
        let installed = try await h.core.installPack(path: demoPack)
        XCTAssertEqual(installed.change, .added)
        XCTAssertEqual(installed.publisher, demoPublisherKey())
        XCTAssert(installed.languages.contains("ur"))
        let again = try await h.core.installPack(path: demoPack)
        XCTAssertEqual(again.change, .alreadyInstalled)

        let hits = try h.patient.searchFoods(query: "روٹی", limit: 5)
        XCTAssertEqual(hits.first?.food, "roti", "\(hits)")
        XCTAssertEqual(hits.first?.from, "ur")
        let lessons = try h.patient.lessons(patient: h.nasreen.id)
        XCTAssertFalse(lessons.isEmpty)
        try h.patient.setProgress(patient: h.nasreen.id, item: .lesson(id: lessons[0].id), progress: .completed)
        let food = try h.patient.foodScreen(patient: h.nasreen.id, query: "روٹی", locale: "ur")
        XCTAssert(food.sections.flatMap(\.elements).contains { if case .foodLights = $0.detail { return true }; return false })
    }

    func testTodayScreenInUrduWithUtterances() throws {
        let clock = TestClock(Date(timeIntervalSince1970: 1_795_247_700)) // 2026-11-21T07:55:00Z
        let h = try Household(try openIn(try freshDirectory(), clock: clock, textLanguages: ["ur"]))
        _ = try h.patient.addRegimen(patient: h.nasreen.id, regimen: Regimen(
            name: "Metformin", dose: "500 mg", times: [TimeOfDay(hour: 8, minute: 0)], withFood: .with))
        _ = try h.patient.log(patient: h.nasreen.id, reading: glucose(6.2), options: LogOptions())
        _ = try h.patient.log(patient: h.nasreen.id,
                              reading: .bloodPressure(systolic: 182, diastolic: 95, pulse: nil, arm: nil, position: nil),
                              options: LogOptions())

        let today = try h.patient.todayScreen(patient: h.nasreen.id, locale: nil)
        XCTAssertEqual(today.kind, .today)
        XCTAssertEqual(today.locale, "ur")
        XCTAssertEqual(today.direction, .rightToLeft)
        let elements = [today.title] + today.sections.flatMap { ($0.heading.map { [$0] } ?? []) + $0.elements }
        XCTAssertGreaterThan(elements.count, 3)
        for e in elements {
            XCTAssertEqual(e.utterance.language, "ur", e.id)
            XCTAssertFalse(e.utterance.text.isEmpty, e.id)
        }
        XCTAssert(elements.contains { $0.text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } })
        XCTAssert(elements.contains { $0.severity == .danger }, "a crisis blood pressure")
        XCTAssert(elements.flatMap(\.actions).contains { if case .takeDose = $0.command { return true }; return false })

        let english = try h.patient.todayScreen(patient: h.nasreen.id, locale: "en-GB")
        XCTAssertEqual(english.direction, .leftToRight)
        XCTAssertEqual(english.title.utterance.language, "en-GB")
        XCTAssertEqual(expectError { try h.patient.todayScreen(patient: h.nasreen.id, locale: "xx-nope") },
                       .InvalidInput(field: .languages, problem: .notAChoice))
    }

    func testReminders() throws {
        let clock = TestClock(Date(timeIntervalSince1970: 1_795_244_400)) // 2026-11-21T07:00:00Z
        let h = try Household(try openIn(try freshDirectory(), clock: clock))
        let regimen = try h.patient.addRegimen(patient: h.nasreen.id, regimen: Regimen(
            name: "Metformin", dose: "500 mg",
            times: [TimeOfDay(hour: 8, minute: 0), TimeOfDay(hour: 20, minute: 0)], withFood: .with))
        let next = try h.patient.upcomingReminders(patient: h.nasreen.id, until: clock.current + 86_400, limit: 64,
                                                   locale: "ur")
        XCTAssertEqual(next.count, 2)
        XCTAssertEqual(next[0].at, clock.current + 3600)
        XCTAssertEqual(next[0].local, "2026-11-21T08:00:00")
        XCTAssertEqual(next[0].subject, .medicine(regimen: regimen))
        XCTAssert(next[0].text.contains("Metformin"), next[0].text)
        XCTAssertEqual(next[0].utterance.language, "ur")

        let bad = expectError { try h.patient.setFastingDays(patient: h.nasreen.id, days: [
            FastingDay(date: DateComponents(year: 2026, month: 11, day: 22), suhoor: TimeOfDay(hour: 17, minute: 0), iftar: TimeOfDay(hour: 5, minute: 0))]) }
        XCTAssertEqual(bad, .InvalidInput(field: .iftar, problem: .outOfOrder(other: .suhoor)))
        // Components that are no calendar date (no year) are the typed error, not a crash.
        let noYear = expectError { try h.patient.setFastingDays(patient: h.nasreen.id, days: [
            FastingDay(date: DateComponents(month: 11, day: 22), suhoor: TimeOfDay(hour: 5, minute: 0), iftar: TimeOfDay(hour: 17, minute: 0))]) }
        XCTAssertEqual(noYear, .InvalidInput(field: .date, problem: .notAChoice))

        clock.advance(4 * 3600)
        let due = try h.patient.dueNow(patient: h.nasreen.id, locale: "en-GB")
        XCTAssertEqual(due.first { $0.reminder.slot == TimeOfDay(hour: 8, minute: 0) }?.state, .missed)
        _ = try h.patient.recordDose(patient: h.nasreen.id, regimen: regimen, scheduled: TimeOfDay(hour: 8, minute: 0),
                                     status: .taken, taken: nil)
        XCTAssertEqual(try h.patient.dueNow(patient: h.nasreen.id, locale: nil)
            .first { $0.reminder.slot == TimeOfDay(hour: 8, minute: 0) }?.state, .done)
        XCTAssertEqual(try h.helper.alertsToSend(), [])
    }

    func testErrorsAreDescribedInThePersonsLanguage() throws {
        let h = try Household(try openIn(try freshDirectory()))
        let e = expectError { try h.patient.log(patient: h.nasreen.id, reading: glucose(0.3), options: LogOptions()) }
        let urdu = try h.core.describeError(error: e!, locale: "ur")
        XCTAssertEqual(urdu.locale, "ur")
        XCTAssertEqual(urdu.lines.count, 1)
        XCTAssertFalse(urdu.lines[0].contains("0.3"))
        XCTAssert(try h.core.describeError(error: .NeedsWifi, locale: "en-GB").lines[0].contains("Wi-Fi"))
    }

    func testDownloadPackFrom127001() async throws {
        let dir = try freshDirectory()
        let server = try PackServer(body: try demoPackArchive(in: dir))
        defer { server.stop() }
        let h = try Household(try openIn(dir))
        let (core, url) = (h.core, server.url)

        // "Wi-Fi only" on mobile data waits, without a request.
        let waits = await expectErrorWithin(30) {
            try await core.downloadPack(url: url, wifiOnly: true, network: .metered, expected: nil)
        }
        XCTAssertEqual(waits, .NeedsWifi)
        XCTAssertEqual(server.requests, [])

        let installed = try await within(60) {
            try await core.downloadPack(url: url, wifiOnly: true, network: .wifi, expected: nil)
        }
        XCTAssertEqual(installed.change, .added)
        XCTAssertEqual(installed.publisher, demoPublisherKey())
        XCTAssert(installed.languages.contains("ur"))
        XCTAssertEqual(try core.installedPacks().map(\.id), [installed.id])
        XCTAssertEqual(server.requests, [.init(line: "GET /pack.tar HTTP/1.1", range: nil)], "a fresh download is a plain GET")
        XCTAssertEqual(try h.patient.searchFoods(query: "روٹی", limit: 1).map(\.food), ["roti"], "the downloaded pack is in use")

        // Several downloads of one URL at once: one at a time downloads, the others are told
        // so; none installs twice.
        let again = try await within(60) {
            await withTaskGroup(of: Result<PackInstalled, Error>.self) { group in
                for _ in 0..<3 {
                    group.addTask {
                        do {
                            return .success(try await core.downloadPack(url: url, wifiOnly: false, network: .metered, expected: nil))
                        } catch {
                            return .failure(error)
                        }
                    }
                }
                var all: [Result<PackInstalled, Error>] = []
                for await result in group { all.append(result) }
                return all
            }
        }
        XCTAssertEqual(again.count, 3)
        for result in again {
            switch result {
            case let .success(p): XCTAssertEqual(p.change, .alreadyInstalled)
            case let .failure(e): XCTAssertEqual(e as? SaathiError, .DownloadFailed(code: "already-downloading"), "\(e)")
            }
        }
        XCTAssert(again.contains { if case .success = $0 { return true }; return false }, "\(again)")
        XCTAssertEqual(try core.installedPacks().count, 1)
    }

    func testADownloadCutOffHalfWayFailsTypedInstallsNothingAndResumesLater() async throws {
        let dir = try freshDirectory()
        let archive = try demoPackArchive(in: dir)
        let server = try PackServer(body: archive, answer: .dropHalfway)
        defer { server.stop() }
        let h = try Household(try openIn(dir))
        let (core, url) = (h.core, server.url)

        // Every answer announces the whole (remaining) archive and stops half-way through.
        // The library retries, resuming each time from what arrived, then gives up.
        let cut = await expectErrorWithin(60) {
            try await core.downloadPack(url: url, wifiOnly: false, network: .wifi, expected: nil)
        }
        XCTAssertEqual(cut, .DownloadFailed(code: "interrupted"))
        XCTAssertEqual(try core.installedPacks(), [])
        XCTAssertEqual(expectError { try h.patient.searchFoods(query: "roti", limit: 3) }, .NoContent)

        let tried = server.requests
        XCTAssertGreaterThan(tried.count, 1, "a dropped connection is retried")
        XCTAssert(tried.allSatisfy { $0.line == "GET /pack.tar HTTP/1.1" }, "\(tried)")
        // The first request is a plain GET; each retry asks for the rest after what arrived.
        var from = 0
        var ranges: [String?] = [nil]
        for _ in tried.dropFirst() {
            from += (archive.count - from) / 2
            ranges.append("bytes=\(from)-")
        }
        XCTAssertEqual(tried.map(\.range), ranges)

        // Once the connection holds, the next call resumes from the kept part and installs.
        server.answer = .whole
        let installed = try await within(60) {
            try await core.downloadPack(url: url, wifiOnly: false, network: .wifi, expected: nil)
        }
        XCTAssertEqual(installed.change, .added)
        XCTAssertEqual(server.requests.count, tried.count + 1)
        XCTAssertEqual(server.requests.last?.range, "bytes=\(from + (archive.count - from) / 2)-", "resumed, not restarted")
        XCTAssertEqual(try h.patient.searchFoods(query: "روٹی", limit: 1).map(\.food), ["roti"])
    }

    func testADownloadUnlikeItsListingIsRefused() async throws {
        let dir = try freshDirectory()
        let archive = try demoPackArchive(in: dir)
        let server = try PackServer(body: archive)
        defer { server.stop() }
        let core = try openIn(dir)
        let url = server.url
        let size = UInt64(archive.count)

        let wrongHash = await expectErrorWithin(60) {
            try await core.downloadPack(url: url, wifiOnly: false, network: .wifi,
                                        expected: ExpectedArchive(bytes: size, sha256: String(repeating: "00", count: 32)))
        }
        XCTAssertEqual(wrongHash, .DownloadFailed(code: "wrong-hash"))
        let wrongSize = await expectErrorWithin(60) {
            try await core.downloadPack(url: url, wifiOnly: false, network: .wifi,
                                        expected: ExpectedArchive(bytes: size + 1, sha256: String(repeating: "00", count: 32)))
        }
        XCTAssertEqual(wrongSize, .DownloadFailed(code: "wrong-size"))
        let requestsSoFar = server.requests.count
        let notHex = await expectErrorWithin(30) {
            try await core.downloadPack(url: url, wifiOnly: false, network: .wifi,
                                        expected: ExpectedArchive(bytes: size, sha256: "not a hash"))
        }
        XCTAssertEqual(notHex, .InvalidInput(field: .packHash, problem: .notAChoice))
        XCTAssertEqual(server.requests.count, requestsSoFar, "refused before any request")
        // Each refused download started afresh (its part was deleted): plain GETs only.
        XCTAssert(server.requests.allSatisfy { $0.range == nil }, "\(server.requests)")
        XCTAssertEqual(try core.installedPacks(), [])
    }
}

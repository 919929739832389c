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
        XCTAssertEqual(summary.lastDay, "2026-11-21")
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

    func testContentInstallAndSearchInUrdu() throws {
        throw XCTSkip("issue 5 (content packs): install the demo pack, search foods in Urdu script")
    }

    func testTodayScreenInUrduWithUtterances() throws {
        throw XCTSkip("issue 6 (screens): the Today screen in Urdu, with utterances")
    }

    func testReminders() throws {
        throw XCTSkip("issue 6 (reminders): reminders for medicines and readings")
    }
}

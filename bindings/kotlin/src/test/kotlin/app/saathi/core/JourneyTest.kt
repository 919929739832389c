package app.saathi.core

import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Disabled
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.time.Duration

/** A family's first week, through the generated Kotlin, against the real library and a real SQLite file. */
class JourneyTest {
    @TempDir
    lateinit var dir: Path

    @Test
    fun `a helper logs for his mother until she revokes his access`() {
        val clock = TestClock()
        val core = openIn(dir, clock)
        val h = Household(core)

        // Before any grant, Imran may not log for Nasreen, and the screen can know it first.
        assertEquals(
            AccessDecision.Deny(Denial.NO_PERMISSION),
            h.helper.allowed(h.nasreen.id, Action.LOG_READINGS),
        )

        val grant = h.share()
        assertEquals(GrantState.ACTIVE, grant.state)
        assertEquals(h.nasreen.id, grant.patient)
        assertEquals(listOf(h.nasreen.id), h.helper.helping().map { it.patient })
        assertEquals(AccessDecision.Allow, h.helper.allowed(h.nasreen.id, Action.LOG_READINGS))

        // Imran logs a fasting glucose for her; it is judged against her targets.
        val logged = h.helper.log(h.nasreen.id, glucose(6.8, GlucoseContext.FASTING), LogOptions())
        assertEquals(ReadingKind.GLUCOSE, logged.kind)
        assertEquals(1u, logged.version)
        val assessment = logged.assessment as Assessment.Glucose
        assertEquals(GlucoseBand.IN_RANGE, assessment.band, "6.8 fasting is within NICE's 4 to 7 before meals")
        assertTrue(assessment.sources.any { it.id == "nice-ng28" }, assessment.sources.toString())
    }

    @Test
    fun `the whole journey, from sharing to the summary and the audit trail`() {
        val clock = TestClock()
        val core = openIn(dir, clock)
        val h = Household(core)
        val grant = h.share()

        val logged = h.helper.log(h.nasreen.id, glucose(6.2), LogOptions())
        assertEquals(GlucoseBand.IN_RANGE, (logged.assessment as Assessment.Glucose).band)
        clock.advance(Duration.ofMinutes(5))
        val bp = h.helper.log(
            h.nasreen.id,
            Reading.BloodPressure(systolic = 128u, diastolic = 82u, pulse = 70u, arm = Arm.LEFT, position = BodyPosition.SITTING),
            LogOptions(),
        )
        assertTrue((bp.assessment as Assessment.BloodPressure).withinTarget)

        // She revokes; his next call is refused, with the typed reason that never says why.
        clock.advance(Duration.ofMinutes(5))
        val revoked = h.patient.revoke(h.nasreen.id, grant.id, EndReason.PATIENT_CHOICE)
        assertEquals(GrantState.REVOKED, revoked.state)
        assertEquals(EndReason.PATIENT_CHOICE, revoked.revoked?.reason)
        val refused = expectError<SaathiException.NotAllowed> {
            h.helper.log(h.nasreen.id, glucose(7.0), LogOptions())
        }
        assertEquals(Action.LOG_READINGS, refused.action)
        assertEquals(Denial.ACCESS_ENDED, refused.denial)
        assertTrue(h.helper.helping().isEmpty())

        // Her summary has both readings, and it says so in message keys, not English.
        val summary = h.patient.summaryDays(h.nasreen.id, 7u)
        assertEquals(7u, summary.days)
        assertEquals(1u, summary.glucose?.overall?.count)
        assertEquals(6.2, summary.glucose?.overall?.mean)
        assertEquals(1u, summary.bloodPressure?.count)
        assertEquals(java.time.LocalDate.of(2026, 11, 21), summary.lastDay)
        assertTrue(summary.messages.isNotEmpty())
        assertTrue(summary.messages.all { it.key.matches(Regex("[a-z0-9-]+")) }, summary.messages.toString())

        // Who did what, with the helper's readings and the refusal in the trail.
        val actions = h.patient.auditTrail(h.nasreen.id).map { it.action }
        assertTrue(actions.containsAll(listOf("invite", "accept-invite", "log", "revoke-patient-choice", "denied-log-readings")), actions.toString())
        val check = runBlocking { core.verifyAudit() }
        assertTrue(check is AuditCheck.Intact && check.entries >= 6u, check.toString())

        // Readings come back with who entered them and the wall-clock offset.
        val entries = h.patient.readings(h.nasreen.id, clock.instant().minus(Duration.ofDays(1)), clock.instant())
        assertEquals(listOf(ReadingKind.GLUCOSE, ReadingKind.BLOOD_PRESSURE), entries.map { kindOf(it.reading) })
        assertTrue(entries.all { it.meta.enteredBy == h.imran.id })
    }

    @Test
    fun `medicines, targets, the blood-pressure protocol and languages cross intact`() {
        val core = openIn(dir, TestClock())
        val h = Household(core)

        val regimen = Regimen("Metformin", "500 mg", listOf(TimeOfDay(8u, 0u), TimeOfDay(20u, 0u)), WithFood.WITH)
        val id = h.patient.addRegimen(h.nasreen.id, regimen)
        assertEquals(listOf(regimen), h.patient.regimens(h.nasreen.id).map { it.regimen })
        h.patient.recordDose(h.nasreen.id, id, TimeOfDay(8u, 0u), DoseStatus.TAKEN, null)

        val targets = h.patient.targets(h.nasreen.id)
        assertTrue(targets.glucoseBeforeMeal.origin is TargetOrigin.Guideline)
        assertEquals(4.0, targets.glucoseBeforeMeal.low)

        val status = h.patient.startBpProtocol(h.nasreen.id, 7u)
        assertEquals(1u, status.day)
        assertEquals(NextBpStep.TakeReading(1u, BpSitting.MORNING, 1u), status.next)
        assertNotNull(h.patient.bpProtocol(h.nasreen.id))

        h.patient.setLanguages(h.nasreen.id, Languages(text = listOf("ur", "en-GB"), audio = listOf("pa", "ur")))
        assertEquals(listOf("pa", "ur"), h.patient.languages(h.nasreen.id)?.audio)
    }

    @Disabled("issue 5 (content packs): install the demo pack, search foods in Urdu script")
    @Test
    fun `content - install the demo pack and search foods in Urdu script`() {
    }

    @Disabled("issue 6 (screens): the Today screen in Urdu, with utterances")
    @Test
    fun `screens - Today in Urdu with utterances`() {
    }

    @Disabled("issue 6 (reminders): reminders for medicines and readings")
    @Test
    fun `reminders - due reminders for the day`() {
    }
}

fun kindOf(r: Reading): ReadingKind = when (r) {
    is Reading.Glucose -> ReadingKind.GLUCOSE
    is Reading.BloodPressure -> ReadingKind.BLOOD_PRESSURE
    is Reading.Weight -> ReadingKind.WEIGHT
    is Reading.Hba1c -> ReadingKind.HBA1C
    is Reading.Activity -> ReadingKind.ACTIVITY
}

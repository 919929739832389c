package app.saathi.core

import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
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

    @Test
    fun `content - install the demo pack and search foods in Urdu script`() = runBlocking {
        val h = Household(openIn(dir))
        expectError<SaathiException.NoContent> { h.patient.searchFoods("roti", 5u) }
        val installed = h.core.installPack(demoPack.toString())
        assertEquals(PackChange.Added, installed.change)
        assertEquals(demoPublisherKey(), installed.publisher)
        assertTrue(installed.languages.contains("ur"), installed.languages.toString())
        assertEquals(PackChange.AlreadyInstalled, h.core.installPack(demoPack.toString()).change, "a second install changes nothing")
        assertEquals(listOf(installed.id), h.core.installedPacks().map { it.id })

        val hits = h.patient.searchFoods("روٹی", 5u)
        assertTrue(hits.isNotEmpty(), "Urdu script finds foods")
        assertEquals("roti", hits.first().food, hits.toString())
        assertEquals("ur", hits.first().from)
        assertEquals(hits.first().food, h.patient.searchFoods("roti", 5u).first().food, "the same food in Latin letters")

        val lessons = h.patient.lessons(h.nasreen.id)
        assertTrue(lessons.isNotEmpty())
        assertTrue(lessons.all { it.title != null })
        h.patient.setProgress(h.nasreen.id, ContentItem.Lesson(lessons.first().id), LessonProgress.Heard(50u))
        expectError<SaathiException.InvalidInput> {
            h.patient.setProgress(h.nasreen.id, ContentItem.Lesson(lessons.first().id), LessonProgress.Heard(101u))
        }
        // A helper with view and log access may not assign: that is a clinician's or dietitian's.
        h.share()
        val denied = expectError<SaathiException.NotAllowed> {
            h.helper.assign(h.nasreen.id, ContentItem.Food("roti"), "try one", null)
        }
        assertEquals(Action.ASSIGN_CONTENT, denied.action)
        assertTrue(h.patient.assignments(h.nasreen.id).isEmpty())
        val screen = h.patient.lessonsScreen(h.nasreen.id, "ur")
        assertEquals(ScreenKind.LESSONS, screen.kind)
        val food = h.patient.foodScreen(h.nasreen.id, "روٹی", "ur")
        assertTrue(food.sections.flatMap { it.elements }.any { it.detail is ScreenDetail.FoodLights }, "a food's lights")
    }

    @Test
    fun `screens - Today in Urdu with utterances`() {
        // Just before the 08:00 dose, so Today offers it.
        val clock = TestClock(java.time.Instant.parse("2026-11-21T07:55:00Z"))
        val h = Household(openIn(dir, clock, textLanguages = listOf("ur")))
        h.patient.addRegimen(h.nasreen.id, Regimen("Metformin", "500 mg", listOf(TimeOfDay(8u, 0u), TimeOfDay(20u, 0u)), WithFood.WITH))
        h.patient.log(h.nasreen.id, glucose(6.2), LogOptions())
        h.patient.log(h.nasreen.id, Reading.BloodPressure(182.toUShort(), 95.toUShort(), null, null, null), LogOptions())

        val today = h.patient.todayScreen(h.nasreen.id, null) // the configured language: Urdu
        assertEquals(ScreenKind.TODAY, today.kind)
        assertEquals(h.nasreen.id, today.patient)
        assertEquals("ur", today.locale)
        assertEquals(TextDirection.RIGHT_TO_LEFT, today.direction)
        val elements = listOf(today.title) + today.sections.flatMap { listOfNotNull(it.heading) + it.elements }
        assertTrue(elements.size > 3, elements.toString())
        for (e in elements) {
            assertEquals("ur", e.utterance.language, "every element is spoken in Urdu: ${e.id}")
            assertTrue(e.text.isNotBlank() && e.utterance.text.isNotBlank(), e.id)
        }
        assertTrue(elements.any { it.text.any { c -> c in '\u0600'..'\u06FF' } }, "Urdu script on the screen")
        assertTrue(elements.none { it.text.contains("182") && it.utterance.language != "ur" })
        assertEquals(Severity.DANGER, elements.mapNotNull { it.severity }.maxOrNull(), "a crisis blood pressure is the most serious thing")
        val commands = elements.flatMap { it.actions }.map { it.command }
        assertTrue(commands.any { it is ScreenCommand.TakeDose }, "the dose due can be taken from Today: $commands")

        // A locale per call wins over the configuration; English reads left to right.
        val english = h.patient.todayScreen(h.nasreen.id, "en-GB")
        assertEquals(TextDirection.LEFT_TO_RIGHT, english.direction)
        assertEquals("en-GB", english.title.utterance.language)
        expectError<SaathiException.InvalidInput> { h.patient.todayScreen(h.nasreen.id, "xx-nope") }

        // The log flow: one step at a time, then the confirmed draft is stored.
        val first = h.patient.logScreen(LogDraft(h.nasreen.id), "ur")
        assertEquals(ScreenKind.LOG, first.kind)
        val saved = h.patient.logScreen(
            LogDraft(h.nasreen.id, ReadingKind.WEIGHT, 70.5, null, null, confirmed = true), "ur",
        )
        assertEquals(ScreenKind.LOG, saved.kind)
        assertEquals(1, h.patient.readings(h.nasreen.id, java.time.Instant.EPOCH, clock.instant().plusSeconds(1)).count { it.reading is Reading.Weight })
        val trends = h.patient.trendsScreen(h.nasreen.id, ReadingKind.GLUCOSE, 7u, "ur")
        val chart = trends.sections.flatMap { it.elements }.mapNotNull { it.detail as? ScreenDetail.Chart }.single()
        assertEquals(1, chart.series.points.size)
        expectError<SaathiException.InvalidInput> { h.patient.trendsScreen(h.nasreen.id, ReadingKind.GLUCOSE, 0u, null) }
        for (screen in listOf(
            h.patient.medicinesScreen(h.nasreen.id, "ur"),
            h.patient.sharingScreen(h.nasreen.id, "ur"),
            h.patient.settingsScreen(h.nasreen.id, "ur"),
            h.helper.helperScreen("ur"),
        )) {
            assertEquals("ur", screen.title.utterance.language, screen.kind.toString())
        }
    }

    @Test
    fun `reminders - upcoming reminders for a medicine`() {
        val clock = TestClock(java.time.Instant.parse("2026-11-21T07:00:00Z"))
        val h = Household(openIn(dir, clock))
        val regimen = h.patient.addRegimen(
            h.nasreen.id, Regimen("Metformin", "500 mg", listOf(TimeOfDay(8u, 0u), TimeOfDay(20u, 0u)), WithFood.WITH),
        )
        val next = h.patient.upcomingReminders(h.nasreen.id, clock.instant().plus(Duration.ofDays(1)), 64u, "ur")
        assertEquals(2, next.size, next.toString())
        assertEquals(java.time.Instant.parse("2026-11-21T08:00:00Z"), next[0].at, "08:00 in London in November is 08:00 UTC")
        assertEquals("2026-11-21T08:00:00", next[0].local)
        assertEquals(0, next[0].offsetSeconds)
        assertEquals(ReminderSubject.Medicine(regimen), next[0].subject)
        assertEquals(TimeOfDay(20u, 0u), next[1].slot)
        assertTrue(next[0].text.contains("Metformin"), next[0].text)
        assertEquals("ur", next[0].utterance.language)
        assertEquals(1, h.patient.upcomingReminders(h.nasreen.id, clock.instant().plus(Duration.ofDays(1)), 1u, null).size)

        // Summer time: the same 08:00 is 07:00 UTC, offset +1 h.
        h.patient.setReminderSettings(h.nasreen.id, ReminderSettings("Europe/London", 30u, null))
        assertEquals(30u, h.patient.reminderSettings(h.nasreen.id).missedDoseAlertMinutes)
        expectError<SaathiException.InvalidInput> {
            h.patient.setReminderSettings(h.nasreen.id, ReminderSettings("Mars/Olympus_Mons", null, null))
        }
        // Fasting: iftar must come after suhoor.
        val bad = expectError<SaathiException.InvalidInput> {
            h.patient.setFastingDays(h.nasreen.id, listOf(FastingDay(java.time.LocalDate.parse("2026-11-22"), TimeOfDay(17u, 0u), TimeOfDay(5u, 0u))))
        }
        assertEquals(InputField.IFTAR, bad.field)
        assertEquals(InputProblem.OutOfOrder(InputField.SUHOOR), bad.problem)
        h.patient.setFastingDays(h.nasreen.id, listOf(FastingDay(java.time.LocalDate.parse("2026-11-22"), TimeOfDay(5u, 30u), TimeOfDay(16u, 10u))))
        val fast = h.patient.upcomingReminders(h.nasreen.id, clock.instant().plus(Duration.ofDays(2)), 64u, "en-GB")
            .filter { it.date == java.time.LocalDate.parse("2026-11-22") }
        // The morning dose moves before suhoor; the evening one is after iftar already.
        assertEquals(listOf(ReminderMoved.BEFORE_SUHOOR, null), fast.map { it.moved }, fast.toString())
        assertEquals(java.time.Instant.parse("2026-11-22T05:00:00Z"), fast.first().at)

        // More than two hours after 08:00, the dose is missed; once taken, it is done.
        clock.advance(Duration.ofHours(4))
        val due = h.patient.dueNow(h.nasreen.id, "en-GB")
        assertEquals(DueState.MISSED, due.single { it.reminder.slot == TimeOfDay(8u, 0u) }.state)
        assertTrue(due.first().reminder.text.contains("not taken"), due.first().reminder.text)
        h.patient.recordDose(h.nasreen.id, regimen, TimeOfDay(8u, 0u), DoseStatus.TAKEN, null)
        assertEquals(DueState.DONE, h.patient.dueNow(h.nasreen.id, null).single { it.reminder.slot == TimeOfDay(8u, 0u) }.state)
        assertTrue(h.helper.alertsToSend().isEmpty(), "no grant to receive alerts")
    }

    @Test
    fun `errors are described in the person's language, without values`() {
        val h = Household(openIn(dir))
        val e = expectError<SaathiException.InvalidInput> { h.patient.log(h.nasreen.id, glucose(0.3), LogOptions()) }
        val urdu = h.core.describeError(e, "ur")
        assertEquals("ur", urdu.locale)
        assertTrue(urdu.lines.single().any { c -> c in '\u0600'..'\u06FF' }, urdu.lines.toString())
        val english = h.core.describeError(e, null)
        assertTrue(english.lines.single().isNotBlank())
        assertTrue(english.lines.none { it.contains("0.3") }, "the value typed never appears")
        val wifi = h.core.describeError(SaathiException.NeedsWifi(), "en-GB")
        assertTrue(wifi.lines.single().contains("Wi-Fi"), wifi.lines.toString())
    }
}

fun kindOf(r: Reading): ReadingKind = when (r) {
    is Reading.Glucose -> ReadingKind.GLUCOSE
    is Reading.BloodPressure -> ReadingKind.BLOOD_PRESSURE
    is Reading.Weight -> ReadingKind.WEIGHT
    is Reading.Hba1c -> ReadingKind.HBA1C
    is Reading.Activity -> ReadingKind.ACTIVITY
}

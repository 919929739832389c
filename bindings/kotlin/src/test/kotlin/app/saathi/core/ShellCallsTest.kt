package app.saathi.core

import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import java.time.Instant
import java.time.LocalDate

/**
 * What a shell does after a screen hands it an action: take a dose, set reminders, choose a
 * diet, play a lesson, withdraw an assignment. Each goes through the core, never around it.
 */
class ShellCallsTest {
    @TempDir
    lateinit var dir: Path

    private val metformin = Regimen("Metformin", "500 mg", listOf(TimeOfDay(8u, 0u), TimeOfDay(20u, 0u)), WithFood.WITH)

    @Test
    fun `doses - Today's Take action is answered with answerDose and shows as taken`() {
        val clock = TestClock(Instant.parse("2026-11-21T07:55:00Z"))
        val h = Household(openIn(dir, clock))
        val regimen = h.patient.addRegimen(h.nasreen.id, metformin)

        val take = h.patient.todayScreen(h.nasreen.id, "en-GB").sections.flatMap { it.elements }
            .flatMap { it.actions }.map { it.command }.filterIsInstance<ScreenCommand.TakeDose>().single()
        assertEquals(regimen, take.regimen)
        assertEquals(TimeOfDay(8u, 0u), take.due, "the dose's time crosses as a time of day, not text")
        h.patient.answerDose(take.patient, take.regimen, take.due, true)

        val doses = h.patient.doses(h.nasreen.id, clock.instant().minus(Duration.ofDays(1)), clock.instant().plusSeconds(60))
        assertEquals(listOf(DoseStatus.TAKEN), doses.map { it.status })
        assertEquals(TimeOfDay(8u, 0u), doses.single().scheduled)
        assertEquals(h.nasreen.id, doses.single().meta.enteredBy)
        val after = h.patient.todayScreen(h.nasreen.id, "en-GB").sections.flatMap { it.elements }
            .flatMap { it.actions }.map { it.command }
        assertTrue(after.none { it is ScreenCommand.TakeDose }, "a taken dose is not offered again: $after")

        // Well after 20:00 the evening dose, taken now, is recorded as late; a time that is
        // not one of the medicine's is refused and nothing is stored.
        clock.advance(Duration.ofHours(15))
        h.patient.answerDose(h.nasreen.id, regimen, TimeOfDay(20u, 0u), true)
        val bad = expectError<SaathiException.InvalidInput> { h.patient.answerDose(h.nasreen.id, regimen, TimeOfDay(9u, 0u), false) }
        assertEquals(InputField.DOSE_TIMES, bad.field)
        expectError<SaathiException.InvalidInput> { h.patient.answerDose(h.nasreen.id, regimen, TimeOfDay(25u, 0u), true) }
        val all = h.patient.doses(h.nasreen.id, Instant.EPOCH, clock.instant().plusSeconds(60))
        assertEquals(listOf(DoseStatus.TAKEN, DoseStatus.LATE), all.map { it.status })

        // A helper who may only view readings is shown no Take action and may not answer.
        h.share(listOf(Scope.VIEW_READINGS))
        val refused = expectError<SaathiException.NotAllowed> { h.helper.answerDose(h.nasreen.id, regimen, TimeOfDay(8u, 0u), true) }
        assertEquals(Action.MANAGE_MEDICINES, refused.action)
    }

    @Test
    fun `medicines - changed, stopped, and doses corrected or deleted, each with a reason`() {
        val clock = TestClock(Instant.parse("2026-11-21T21:00:00Z"))
        val h = Household(openIn(dir, clock))
        val regimen = h.patient.addRegimen(h.nasreen.id, metformin)
        val morning = h.patient.recordDose(h.nasreen.id, regimen, TimeOfDay(8u, 0u), DoseStatus.TAKEN, Taken(Instant.parse("2026-11-21T08:05:00Z"), 0))
        val evening = h.patient.recordDose(h.nasreen.id, regimen, TimeOfDay(20u, 0u), DoseStatus.SKIPPED, null)

        // Correct: a new version; the time is kept when none is given.
        assertEquals(2u, h.patient.correctDose(h.nasreen.id, morning, DoseStatus.LATE, Taken(Instant.parse("2026-11-21T10:30:00Z"), 0), "after breakfast"))
        assertEquals(2u, h.patient.correctDose(h.nasreen.id, evening, DoseStatus.TAKEN, null, "I did take it"))
        val doses = h.patient.doses(h.nasreen.id, Instant.EPOCH, clock.instant().plusSeconds(60))
        assertEquals(listOf(DoseStatus.LATE, DoseStatus.TAKEN), doses.map { it.status })
        assertEquals(listOf(2u, 2u), doses.map { it.meta.version })
        assertEquals("after breakfast", doses.first().meta.changeReason)
        // Delete: gone from the list; a reason is needed, and none changes nothing.
        val missing = expectError<SaathiException.InvalidInput> { h.patient.deleteDose(h.nasreen.id, evening, " ") }
        assertEquals(InputField.REASON, missing.field)
        assertEquals(InputProblem.Missing, missing.problem)
        assertEquals(3u, h.patient.deleteDose(h.nasreen.id, evening, "entered twice"))
        assertEquals(listOf(morning), h.patient.doses(h.nasreen.id, Instant.EPOCH, clock.instant().plusSeconds(60)).map { it.meta.recordId })
        assertEquals(ItemKind.DOSE, expectError<SaathiException.NotFound> { h.patient.deleteDose(h.nasreen.id, evening, "again") }.what)
        val early = expectError<SaathiException.InvalidInput> {
            h.patient.correctDose(h.nasreen.id, morning, DoseStatus.TAKEN, Taken(Instant.parse("1999-12-31T23:00:00Z"), 0), "year typo")
        }
        assertEquals(InputProblem.TooEarly(2000), early.problem)

        // Change: the reminder follows the new time.
        val changed = Regimen("Metformin", "1000 mg", listOf(TimeOfDay(9u, 0u)), WithFood.WITH)
        assertEquals(2u, h.patient.changeRegimen(h.nasreen.id, regimen, changed, "GP doubled it"))
        assertEquals(changed, h.patient.regimens(h.nasreen.id).single().regimen)
        val medicineReminders = h.patient.reminderSchedules(h.nasreen.id).filter { (it.schedule.subject as? ReminderSubject.Medicine)?.regimen == regimen }
        assertEquals(listOf(listOf(TimeOfDay(9u, 0u))), medicineReminders.map { it.schedule.times })

        // A helper without the medicines grant is refused.
        h.share(listOf(Scope.VIEW_READINGS))
        assertEquals(Action.MANAGE_MEDICINES, expectError<SaathiException.NotAllowed> { h.helper.stopRegimen(h.nasreen.id, regimen, "x") }.action)

        // Stop: no regimen, no reminder; the dose taken stays.
        assertEquals(3u, h.patient.stopRegimen(h.nasreen.id, regimen, "GP stopped it"))
        assertTrue(h.patient.regimens(h.nasreen.id).isEmpty())
        assertTrue(h.patient.reminderSchedules(h.nasreen.id).none { (it.schedule.subject as? ReminderSubject.Medicine)?.regimen == regimen })
        assertEquals(1, h.patient.doses(h.nasreen.id, Instant.EPOCH, clock.instant().plusSeconds(60)).size)
    }

    @Test
    fun `reminders - a reading schedule is added, listed, paused, and keeps to the wall clock in summer`() {
        // 1 June: British Summer Time, UTC+1.
        val clock = TestClock(Instant.parse("2026-06-01T05:00:00Z"), offsetSeconds = 3600)
        val h = Household(openIn(dir, clock))
        val schedule = ReminderSchedule(
            subject = ReminderSubject.Reading(ReadingKind.GLUCOSE, GlucoseContext.FASTING),
            times = listOf(TimeOfDay(7u, 30u)),
            recurrence = Recurrence.Weekdays(listOf(Weekday.MON, Weekday.THU)),
            starts = LocalDate.parse("2026-06-01"),
        )
        val id = h.patient.addReminder(h.nasreen.id, schedule)
        val listed = h.patient.reminderSchedules(h.nasreen.id).single()
        assertEquals(id, listed.meta.recordId)
        assertEquals(schedule, listed.schedule, "the schedule comes back as it was set")

        // Monday 1 June at 07:30 in London is 06:30 UTC; the next is Thursday 4 June.
        val next = h.patient.upcomingReminders(h.nasreen.id, clock.instant().plus(Duration.ofDays(7)), 64u, "en-GB")
        assertEquals(listOf(Instant.parse("2026-06-01T06:30:00Z"), Instant.parse("2026-06-04T06:30:00Z")), next.map { it.at })
        assertEquals(3600, next.first().offsetSeconds)
        assertEquals("2026-06-01T07:30:00", next.first().local)

        h.patient.pauseReminder(h.nasreen.id, id, true)
        assertTrue(h.patient.reminderSchedules(h.nasreen.id).single().schedule.paused)
        assertTrue(h.patient.upcomingReminders(h.nasreen.id, clock.instant().plus(Duration.ofDays(7)), 64u, null).isEmpty())
        h.patient.pauseReminder(h.nasreen.id, id, false)
        assertEquals(2, h.patient.upcomingReminders(h.nasreen.id, clock.instant().plus(Duration.ofDays(7)), 64u, null).size)

        // No days chosen, or an HbA1c (a clinic test) on a schedule: refused, nothing stored.
        val noDays = expectError<SaathiException.InvalidInput> {
            h.patient.addReminder(h.nasreen.id, schedule.copy(recurrence = Recurrence.Weekdays(emptyList())))
        }
        assertEquals(InputField.REMINDER_DAYS, noDays.field)
        expectError<SaathiException.InvalidInput> {
            h.patient.addReminder(h.nasreen.id, schedule.copy(subject = ReminderSubject.Reading(ReadingKind.HBA1C, null)))
        }
        assertEquals(1, h.patient.reminderSchedules(h.nasreen.id).size)
        assertTrue(h.patient.auditTrail(h.nasreen.id).count { it.action == "set-reminder" } >= 3)
    }

    @Test
    fun `reminders - fasting now follows the day's suhoor and iftar`() {
        val clock = TestClock(Instant.parse("2026-11-22T03:00:00Z"))
        val h = Household(openIn(dir, clock))
        assertFalse(h.patient.fastingNow(h.nasreen.id))
        h.patient.setFastingDays(h.nasreen.id, listOf(FastingDay(LocalDate.parse("2026-11-22"), TimeOfDay(5u, 30u), TimeOfDay(16u, 10u))))
        assertFalse(h.patient.fastingNow(h.nasreen.id), "before suhoor ends, she may still eat")
        clock.advance(Duration.ofHours(9))
        assertTrue(h.patient.fastingNow(h.nasreen.id), "12:00 on a fasting day")
        clock.advance(Duration.ofHours(5))
        assertFalse(h.patient.fastingNow(h.nasreen.id), "after iftar")
    }

    @Test
    fun `reminders - a missed dose reaches the helper who receives alerts, after her delay`() {
        val clock = TestClock(Instant.parse("2026-11-21T07:00:00Z"))
        val h = Household(openIn(dir, clock))
        val regimen = h.patient.addRegimen(h.nasreen.id, metformin)
        h.share(listOf(Scope.VIEW_READINGS, Scope.RECEIVE_ALERTS))
        h.patient.setReminderSettings(h.nasreen.id, ReminderSettings("Europe/London", 30u, null))

        clock.advance(Duration.ofMinutes(90))
        assertTrue(h.helper.alertsToSend().isEmpty(), "08:30: not missed yet")
        clock.advance(Duration.ofHours(4))
        val alert = h.helper.alertsToSend().single()
        assertEquals(h.imran.id, alert.to)
        val about = alert.about as AlertAbout.MissedDose
        assertEquals(LocalDate.parse("2026-11-21"), about.date)
        assertEquals(TimeOfDay(8u, 0u), about.slot)
        assertEquals(Instant.parse("2026-11-21T08:00:00Z"), alert.since)
        assertTrue(h.helper.alertsToSend().isEmpty(), "each alert is handed over once")
        assertTrue(h.patient.reminderSchedules(h.nasreen.id).any { it.schedule.subject == ReminderSubject.Medicine(regimen) })
    }

    @Test
    fun `content - diet, foods, activities and the lesson player`() = runBlocking {
        val h = Household(openIn(dir))
        h.core.installPack(demoPack.toString())

        assertEquals(ContentProfile(emptyList(), emptyList(), false, TextSize.STANDARD), h.patient.contentProfile(h.nasreen.id))
        val everything = h.patient.foods(h.nasreen.id).map { it.id }
        assertTrue(everything.contains("chicken-curry"), everything.toString())

        val vegetarian = ContentProfile(listOf(DietRule.VEGETARIAN), listOf(Topic.FOOD), true, TextSize.LARGEST)
        h.patient.setContentProfile(h.nasreen.id, vegetarian)
        assertEquals(vegetarian, h.patient.contentProfile(h.nasreen.id))
        val foods = h.patient.foods(h.nasreen.id)
        assertTrue(foods.none { it.id == "chicken-curry" }, "a vegetarian is never offered meat")
        assertTrue(foods.flatMap { it.swaps }.none { it.to == "chicken-curry" })
        val roti = foods.single { it.id == "roti" }
        assertNotNull(roti.name)
        assertNotNull(roti.portion)
        assertTrue(roti.estimate, "the demo's figures are estimates, not checked by a dietitian")
        assertTrue(roti.swaps.isNotEmpty() && roti.swaps.all { it.toName != null && it.reason.isNotBlank() }, roti.toString())
        val settings = h.patient.settingsScreen(h.nasreen.id, "en-GB")
        assertTrue(settings.sections.flatMap { it.elements }.flatMap { it.actions }.any { (it.command as? ScreenCommand.ChangeSetting)?.setting == SettingKind.TEXT_SIZE })

        val activities = h.patient.activities(h.nasreen.id)
        assertTrue(activities.isNotEmpty())
        assertTrue(activities.all { it.name != null && it.description != null }, activities.toString())
        assertTrue(activities.any { it.cautions.isNotEmpty() }, "cautions for her diabetes and blood pressure")

        val lesson = h.patient.lessons(h.nasreen.id).first()
        val player = h.patient.lessonPlayer(h.nasreen.id, lesson.id)
        assertEquals(lesson.id, player.id)
        assertTrue(Files.isRegularFile(Path.of(player.audio!!)), "the audio is a file on this device: ${player.audio}")
        assertTrue(player.durationMs!! > 0u)
        assertNotNull(player.transcript)
        assertTrue(player.syntheticVoice, "the demo's espeak-ng voice is marked synthetic")
        assertNull(player.progress)
        h.patient.setProgress(h.nasreen.id, ContentItem.Lesson(lesson.id), LessonProgress.Heard(40u))
        assertEquals(LessonProgress.Heard(40u), h.patient.lessonPlayer(h.nasreen.id, lesson.id).progress)
        val video = h.patient.lessons(h.nasreen.id).map { h.patient.lessonPlayer(h.nasreen.id, it.id) }.firstOrNull { it.video != null }
        assertNotNull(video, "the demo pack has a video lesson")
        assertTrue(Files.readString(Path.of(video!!.captions!!)).startsWith("WEBVTT"), "captions are WebVTT")
        expectError<SaathiException.NotFound> { h.patient.lessonPlayer(h.nasreen.id, "no-such-lesson") }
    }

    @Test
    fun `content - a dietitian assigns a swap and takes it back`() = runBlocking {
        val h = Household(openIn(dir, TestClock())) // 21 November: the due date is ahead
        h.core.installPack(demoPack.toString())
        val dietitian = h.core.addPerson(NewPerson(name = "Ms Begum", role = Role.CLINICIAN, units = metric))
        val invitation = h.patient.invite(h.nasreen.id, InviteRequest(scopes = listOf(Scope.ASSIGN_CONTENT), basis = LegalBasis.CONSENT))
        val clinic = h.core.session(dietitian.id)
        clinic.acceptInvite(invitation.spoken)

        val swap = ContentItem.Swap("roti", "roti-small-wholemeal")
        val id = clinic.assign(h.nasreen.id, swap, "one smaller roti at dinner", LocalDate.parse("2026-12-01"))
        val assigned = h.patient.assignments(h.nasreen.id).single()
        assertEquals(swap, assigned.item)
        assertEquals("Ms Begum", assigned.byName)
        assertEquals(Role.CLINICIAN, assigned.byRole)
        assertEquals(LocalDate.parse("2026-12-01"), assigned.due)
        assertTrue(h.patient.foods(h.nasreen.id).first().swaps.first().assigned, "an assigned swap comes first")

        // Only one who may assign may withdraw; then it is gone from her list.
        expectError<SaathiException.NotAllowed> { h.patient.withdrawAssignment(h.nasreen.id, id) }
        assertTrue(clinic.withdrawAssignment(h.nasreen.id, id))
        assertFalse(clinic.withdrawAssignment(h.nasreen.id, id), "already withdrawn")
        assertTrue(h.patient.assignments(h.nasreen.id).isEmpty())
    }

    @Test
    fun `log flow - a double tap saves once, and I am dealing with it keeps the helper untold`() {
        val clock = TestClock(Instant.parse("2026-11-21T09:00:00Z"))
        val h = Household(openIn(dir, clock))
        h.share(listOf(Scope.VIEW_READINGS, Scope.RECEIVE_ALERTS))
        h.patient.setReminderSettings(h.nasreen.id, ReminderSettings("Europe/London", null, 15u))

        val draft = LogDraft(h.nasreen.id, ReadingKind.GLUCOSE, 2.6, null, GlucoseContext.BEFORE_MEAL)
        val confirm = h.patient.logScreen(draft, "en-GB")
        val yes = confirm.sections.flatMap { it.elements }.flatMap { it.actions }.map { it.command }
            .filterIsInstance<ScreenCommand.SaveReading>().single().draft
        assertNotNull(yes.saveToken, "the confirm screen's Yes carries its save token")
        val saved = h.patient.logScreen(yes, "en-GB")
        val again = h.patient.logScreen(yes, "en-GB")
        assertEquals(saved, again, "a double tap shows what was saved")
        val readings = h.patient.readings(h.nasreen.id, clock.instant().minusSeconds(60), clock.instant().plusSeconds(1))
        assertEquals(1, readings.size, "one reading, not two")

        val ack = saved.sections.flatMap { it.elements }.flatMap { it.actions }.map { it.command }
            .filterIsInstance<ScreenCommand.AcknowledgeReading>().single()
        assertEquals(ReadingKind.GLUCOSE, ack.kind)
        h.patient.acknowledgeReading(ack.patient, ack.kind, ack.record)
        clock.advance(Duration.ofMinutes(20))
        assertTrue(h.helper.alertsToSend().isEmpty(), "she is dealing with it: Imran is not told")
    }
}

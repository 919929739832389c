package app.saathi.core

import java.nio.file.Path
import java.time.Duration
import java.time.Instant
import java.util.concurrent.atomic.AtomicReference

/** A clock the test moves on by hand (invitations expiring, PIN waits). */
class TestClock(start: Instant = Instant.parse("2026-11-21T09:30:00Z"), private val offsetSeconds: Int = 0) :
    ClockSource {
    private val now = AtomicReference(start)

    override fun now(): Taken = Taken(now.get(), offsetSeconds)

    fun advance(by: Duration) {
        now.updateAndGet { it.plus(by) }
    }

    fun instant(): Instant = now.get()
}

val metric = UnitPreferences(GlucoseUnit.MMOL_PER_L, Hba1cUnit.MMOL_PER_MOL, WeightUnit.KG)

fun openIn(dir: Path, clock: ClockSource? = null): Saathi {
    val config = SaathiConfig(dir.resolve("saathi.db").toString())
    return if (clock == null) Saathi.open(config) else Saathi.openWithClock(config, clock)
}

/** A patient, Nasreen, and her son Imran who helps her. */
class Household(val core: Saathi) {
    val nasreen: Person = core.addPerson(
        NewPerson(
            name = "Nasreen",
            role = Role.PATIENT,
            birthYear = 1958,
            conditions = listOf(Condition.TYPE2_DIABETES, Condition.HIGH_BLOOD_PRESSURE),
            units = metric,
        ),
    )
    val imran: Person = core.addPerson(NewPerson(name = "Imran", role = Role.HELPER, units = metric))

    val patient: SaathiSession = core.session(nasreen.id)
    val helper: SaathiSession = core.session(imran.id)

    /** Nasreen shares with Imran (view and log), by invitation code. */
    fun share(scopes: List<Scope> = listOf(Scope.VIEW_READINGS, Scope.LOG_READINGS)): Grant {
        val invitation = patient.invite(nasreen.id, InviteRequest(scopes = scopes, basis = LegalBasis.CONSENT))
        return helper.acceptInvite(invitation.spoken)
    }
}

fun glucose(value: Double, context: GlucoseContext = GlucoseContext.BEFORE_MEAL): Reading =
    Reading.Glucose(value, GlucoseUnit.MMOL_PER_L, context)

/** Runs [block], which must throw a [SaathiException] of type [T]; returns it. */
inline fun <reified T : SaathiException> expectError(block: () -> Unit): T {
    try {
        block()
    } catch (e: SaathiException) {
        if (e is T) return e
        throw AssertionError("expected ${T::class.simpleName}, got ${e::class.simpleName}: ${e.message}", e)
    }
    throw AssertionError("expected ${T::class.simpleName}, but the call succeeded")
}

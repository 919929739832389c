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

/** The repository's signed demo content pack (Maven runs in bindings/kotlin). */
val demoPack: Path = Path.of("../../content/pack").toAbsolutePath().normalize()

fun openIn(dir: Path, clock: ClockSource? = null, textLanguages: List<String> = emptyList()): Saathi {
    val config = SaathiConfig(
        dbPath = dir.resolve("saathi.db").toString(),
        trustedPublishers = listOf(demoPublisherKey()),
        textLanguages = textLanguages,
    )
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

/**
 * A real HTTP server on 127.0.0.1 (the JDK's), serving [body] at /pack.tar, or 404 for
 * [body] null, and counting requests. Stop it with [stop].
 */
class PackServer(private val body: ByteArray?) {
    private val server = com.sun.net.httpserver.HttpServer.create(java.net.InetSocketAddress("127.0.0.1", 0), 0)
    val requests = java.util.concurrent.atomic.AtomicInteger()
    val url: String get() = "http://127.0.0.1:${server.address.port}/pack.tar"

    init {
        server.createContext("/pack.tar") { exchange ->
            requests.incrementAndGet()
            exchange.use {
                if (body == null) {
                    it.sendResponseHeaders(404, -1)
                } else {
                    it.responseHeaders.add("Content-Type", "application/x-tar")
                    it.sendResponseHeaders(200, body.size.toLong())
                    it.responseBody.write(body)
                }
            }
        }
        server.start()
    }

    fun stop() = server.stop(0)
}

/** The demo pack as a tar archive, as a publisher would put it on a server. */
fun demoPackArchive(dir: Path): ByteArray {
    val tar = dir.resolve("demo-pack.tar")
    debugWritePackArchiveForTests(demoPack.toString(), tar.toString())
    return java.nio.file.Files.readAllBytes(tar)
}

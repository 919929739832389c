package app.saathi.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory
import org.junit.jupiter.api.io.TempDir
import java.io.RandomAccessFile
import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import java.time.Instant
import java.time.temporal.ChronoUnit
import kotlin.reflect.KClass

/**
 * Every SaathiException variant, reached through the real library and checked for its typed
 * fields. [everyVariantHasAScenario] fails when a variant is added without a way to reach it.
 */
class ErrorsTest {
    @TempDir
    lateinit var root: Path

    /** Each scenario's own directory. */
    private lateinit var dir: Path

    private fun household(clock: TestClock = TestClock()) = Household(openIn(dir, clock))

    private val scenarios: Map<KClass<out SaathiException>, () -> Unit> = mapOf(
        SaathiException.InvalidInput::class to {
            val h = household()
            val e = expectError<SaathiException.InvalidInput> { h.patient.log(h.nasreen.id, glucose(0.3), LogOptions()) }
            assertEquals(InputField.GLUCOSE, e.field)
            val below = e.problem as InputProblem.BelowMin
            assertEquals(0.5, below.min, "the limit, from the plausibility table")
            assertEquals("mmol/L", below.unit)
            assertFalse(e.message!!.contains("0.3"), "the value typed never appears: ${e.message}")
            assertTrue(h.patient.readings(h.nasreen.id, Instant.EPOCH, Instant.now()).isEmpty(), "nothing was stored")
            // Input checked in the binding layer (an hour no clock shows) is typed the same way.
            val badTime = expectError<SaathiException.InvalidInput> {
                h.patient.addRegimen(h.nasreen.id, Regimen("Metformin", "500 mg", listOf(TimeOfDay(25u, 0u)), WithFood.WITH))
            }
            assertEquals(InputField.DOSE_TIMES, badTime.field)
        },
        SaathiException.InvalidImportRow::class to {
            val h = household()
            val at = Instant.parse("2026-11-20T08:00:00Z")
            val rows = listOf(
                GlucoseRow(Taken(at, 0), 6.1, GlucoseUnit.MMOL_PER_L, GlucoseContext.RANDOM),
                GlucoseRow(Taken(at.plusSeconds(300), 0), 900.0, GlucoseUnit.MMOL_PER_L, GlucoseContext.RANDOM),
            )
            val e = expectError<SaathiException.InvalidImportRow> {
                kotlinx.coroutines.runBlocking { h.patient.importGlucose(h.nasreen.id, rows, ReadingSource.CGM_IMPORT) }
            }
            assertEquals(2uL, e.row)
            assertEquals(InputField.GLUCOSE, e.field)
            assertTrue(e.problem is InputProblem.AboveMax)
            assertTrue(h.patient.readings(h.nasreen.id, Instant.EPOCH, Instant.now()).isEmpty(), "all rows or none")
        },
        SaathiException.NotAllowed::class to {
            val h = household()
            val e = expectError<SaathiException.NotAllowed> { h.helper.summaryDays(h.nasreen.id, 7u) }
            assertEquals(Action.VIEW_READINGS, e.action)
            assertEquals(Denial.NO_PERMISSION, e.denial)
        },
        SaathiException.NotFound::class to {
            val core = openIn(dir)
            assertEquals(ItemKind.PERSON, expectError<SaathiException.NotFound> { core.session(4242L) }.what)
            assertEquals(ItemKind.PERSON, expectError<SaathiException.NotFound> { core.personNamed("Nobody") }.what)
        },
        SaathiException.NameTaken::class to {
            val h = household()
            expectError<SaathiException.NameTaken> {
                h.core.addPerson(NewPerson(name = "nasreen", role = Role.HELPER, units = metric))
            }
        },
        SaathiException.DatabaseDamaged::class to {
            val db = dir.resolve("saathi.db")
            Files.write(db, ByteArray(8192) { (it % 251).toByte() })
            val e = expectError<SaathiException.DatabaseDamaged> { openIn(dir) }
            assertTrue(Files.exists(Path.of(e.movedTo)), "the damaged file is kept at ${e.movedTo}")
            assertEquals(8192L, Files.size(Path.of(e.movedTo)))
            // The next open starts a new database.
            assertTrue(openIn(dir).people().isEmpty())
        },
        SaathiException.DatabaseFromNewerVersion::class to {
            val core = openIn(dir)
            core.addPerson(NewPerson(name = "Nasreen", role = Role.PATIENT, units = metric))
            core.shutdown()
            // SQLite keeps user_version (Saathi's schema version) at byte 60 of the header.
            RandomAccessFile(dir.resolve("saathi.db").toFile(), "rw").use { it.seek(60); it.writeInt(9999) }
            val e = expectError<SaathiException.DatabaseFromNewerVersion> { openIn(dir) }
            assertTrue(Files.exists(Path.of(e.movedTo)))
        },
        SaathiException.DatabaseNotSaathi::class to {
            val core = openIn(dir)
            core.addPerson(NewPerson(name = "Nasreen", role = Role.PATIENT, units = metric))
            core.shutdown()
            // SQLite keeps the application id at byte 68 of the header: now another app's.
            RandomAccessFile(dir.resolve("saathi.db").toFile(), "rw").use { it.seek(68); it.writeInt(1234) }
            val e = expectError<SaathiException.DatabaseNotSaathi> { openIn(dir) }
            assertTrue(Files.exists(Path.of(e.movedTo)), "the other app's file is kept at ${e.movedTo}")
            assertTrue(openIn(dir).people().isEmpty(), "the next open starts afresh")
        },
        SaathiException.DatabaseDamagedInUse::class to {
            val h = household()
            val start = Instant.parse("2026-01-01T00:00:00Z")
            val rows = (0 until 20_000).map {
                GlucoseRow(Taken(start.plusSeconds(300L * it), 0), 5.0 + (it % 30) / 10.0, GlucoseUnit.MMOL_PER_L, GlucoseContext.RANDOM)
            }
            runBlocking { h.patient.importGlucose(h.nasreen.id, rows, ReadingSource.CGM_IMPORT) }
            h.core.shutdown()
            // Damage every page in the second half of the file (the readings), not the header.
            RandomAccessFile(dir.resolve("saathi.db").toFile(), "rw").use { f ->
                val pages = f.length() / 4096
                for (page in pages / 2 until pages) { f.seek(page * 4096); f.write(ByteArray(8) { 0xEE.toByte() }) }
            }
            val core = openIn(dir)
            val nasreen = core.people().single { it.name == "Nasreen" }
            expectError<SaathiException.DatabaseDamagedInUse> {
                core.session(nasreen.id).readings(nasreen.id, Instant.EPOCH, Instant.parse("2027-01-01T00:00:00Z"))
            }
            core.shutdown()
            // The next open moves the file aside, kept.
            val moved = expectError<SaathiException.DatabaseDamaged> { openIn(dir) }
            assertTrue(Files.exists(Path.of(moved.movedTo)))
        },
        SaathiException.PinRequired::class to {
            val h = household()
            h.patient.setPin("2468")
            expectError<SaathiException.PinRequired> { h.core.session(h.nasreen.id) }
            assertEquals(h.nasreen.id, h.core.unlock(h.nasreen.id, "2468").actor().id)
        },
        SaathiException.NoPinSet::class to {
            val h = household()
            expectError<SaathiException.NoPinSet> { h.core.privateSession(h.nasreen.id, "2468") }
        },
        SaathiException.WrongPin::class to {
            val h = household()
            h.patient.setPin("2468")
            assertNull(expectError<SaathiException.WrongPin> { h.core.unlock(h.nasreen.id, "1111") }.retryAt)
        },
        SaathiException.PinLocked::class to {
            val clock = TestClock()
            val h = household(clock)
            h.patient.setPin("2468")
            repeat(2) { expectError<SaathiException.WrongPin> { h.core.unlock(h.nasreen.id, "1111") } }
            val third = expectError<SaathiException.WrongPin> { h.core.unlock(h.nasreen.id, "1111") }
            assertEquals(clock.instant().plusSeconds(30), third.retryAt, "after three, a 30-second wait")
            val locked = expectError<SaathiException.PinLocked> { h.core.unlock(h.nasreen.id, "2468") }
            assertEquals(clock.instant().plusSeconds(30), locked.until)
            assertEquals(1L, locked.waitMinutes)
            clock.advance(Duration.ofSeconds(31))
            assertTrue(h.core.unlock(h.nasreen.id, "2468").isPrivate().not())
        },
        SaathiException.InvalidInviteCode::class to {
            val h = household()
            assertEquals(
                InviteCodeProblem.WRONG_LENGTH,
                expectError<SaathiException.InvalidInviteCode> { h.helper.acceptInvite("ABC") }.problem,
            )
            val code = h.patient.invite(h.nasreen.id, InviteRequest(listOf(Scope.VIEW_READINGS), basis = LegalBasis.CONSENT)).code
            val misheard = code.dropLast(1) + (if (code.last() == 'A') 'B' else 'A')
            assertEquals(
                InviteCodeProblem.CHECK_FAILED,
                expectError<SaathiException.InvalidInviteCode> { h.helper.acceptInvite(misheard) }.problem,
            )
        },
        SaathiException.InviteExpired::class to {
            val clock = TestClock()
            val h = household(clock)
            val invitation = h.patient.invite(h.nasreen.id, InviteRequest(listOf(Scope.VIEW_READINGS), basis = LegalBasis.CONSENT))
            assertEquals(clock.instant().plus(48, ChronoUnit.HOURS), invitation.expires)
            clock.advance(Duration.ofHours(49))
            expectError<SaathiException.InviteExpired> { h.helper.acceptInvite(invitation.code) }
        },
        SaathiException.InviteUsed::class to {
            val h = household()
            val invitation = h.patient.invite(h.nasreen.id, InviteRequest(listOf(Scope.VIEW_READINGS), basis = LegalBasis.CONSENT))
            h.helper.acceptInvite(invitation.code)
            expectError<SaathiException.InviteUsed> { h.helper.acceptInvite(invitation.code) }
        },
        SaathiException.OwnInvitation::class to {
            val h = household()
            val invitation = h.patient.invite(h.nasreen.id, InviteRequest(listOf(Scope.VIEW_READINGS), basis = LegalBasis.CONSENT))
            expectError<SaathiException.OwnInvitation> { h.patient.acceptInvite(invitation.code) }
        },
        SaathiException.PackRefused::class to {
            // Not signed by a publisher this app trusts: refused, nothing installed.
            val core = Saathi.open(SaathiConfig(dir.resolve("saathi.db").toString()))
            val e = expectError<SaathiException.PackRefused> { runBlocking { core.installPack(demoPack.toString()) } }
            assertEquals("pack-unknown-publisher", e.code)
            assertTrue(core.installedPacks().isEmpty())
            assertEquals(
                ItemKind.PACK_FILE,
                expectError<SaathiException.NotFound> { runBlocking { openIn(dir.resolve("b").also { Files.createDirectory(it) }).installPack(dir.resolve("none.tar").toString()) } }.what,
            )
        },
        SaathiException.DownloadFailed::class to {
            val server = PackServer(null)
            try {
                val core = openIn(dir)
                val e = expectError<SaathiException.DownloadFailed> {
                    runBlocking { core.downloadPack(server.url, false, NetworkKind.WIFI, null) }
                }
                assertEquals("http-status", e.code)
                assertEquals(1, server.requests.get())
                assertTrue(core.installedPacks().isEmpty())
            } finally {
                server.stop()
            }
        },
        SaathiException.NeedsWifi::class to {
            val core = openIn(dir)
            expectError<SaathiException.NeedsWifi> {
                runBlocking { core.downloadPack("http://127.0.0.1:9/pack.tar", true, NetworkKind.METERED, null) }
            }
        },
        SaathiException.NoContent::class to {
            val h = household()
            expectError<SaathiException.NoContent> { h.patient.searchFoods("roti", 3u) }
            expectError<SaathiException.NoContent> { h.patient.lessons(h.nasreen.id) }
        },
        SaathiException.Storage::class to {
            // A path SQLite cannot open (a directory) is a storage failure no one can act on.
            expectError<SaathiException.Storage> { Saathi.open(SaathiConfig(dir.toString())) }
        },
        SaathiException.Closed::class to {
            val h = household()
            h.core.shutdown()
            expectError<SaathiException.Closed> { h.core.people() }
            expectError<SaathiException.Closed> { h.patient.summaryDays(h.nasreen.id, 7u) }
        },
        SaathiException.SessionEnded::class to {
            val h = household()
            h.helper.end()
            expectError<SaathiException.SessionEnded> { h.helper.helping() }
            assertNotNull(h.patient.actor(), "other sessions go on")
        },
        SaathiException.Internal::class to {
            expectError<SaathiException.Internal> { debugPanicForTests() }
        },
    )

    @TestFactory
    fun `each variant is reached with its typed fields`(): List<DynamicTest> = scenarios.map { (variant, scenario) ->
        DynamicTest.dynamicTest(variant.simpleName) {
            dir = Files.createDirectory(root.resolve(variant.simpleName!!))
            scenario()
        }
    }

    @Test
    fun everyVariantHasAScenario() {
        val variants = SaathiException::class.java.declaredClasses
            .filter { SaathiException::class.java.isAssignableFrom(it) && it != SaathiException::class.java }
            .map { it.simpleName }
            .toSet()
        assertEquals(25, variants.size, "SaathiError has 25 variants: $variants")
        assertEquals(variants, scenarios.keys.map { it.simpleName }.toSet())
    }
}

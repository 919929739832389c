package app.saathi.core

import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.time.Duration

/** Suspend functions run on the library's runtime and resume the coroutine with the result. */
class AsyncTest {
    @TempDir
    lateinit var dir: Path

    @Test
    fun `a two-week CGM import runs as a suspend call`() = runBlocking {
        val clock = TestClock()
        val h = Household(openIn(dir, clock))
        val start = clock.instant().minus(Duration.ofDays(14))
        // One reading every 15 minutes for two weeks, as a CGM export would have.
        val rows = (0 until 14 * 96).map { i ->
            GlucoseRow(Taken(start.plusSeconds(900L * i), 3600), 5.0 + (i % 40) / 10.0, GlucoseUnit.MMOL_PER_L, GlucoseContext.RANDOM)
        }
        assertEquals(rows.size.toULong(), h.patient.importGlucose(h.nasreen.id, rows, ReadingSource.CGM_IMPORT))
        val stored = h.patient.readings(h.nasreen.id, start, clock.instant())
        assertEquals(rows.size, stored.size)
        assertEquals(3600, stored.first().meta.taken.offsetSeconds, "the wall-clock offset crosses both ways")
        assertEquals(ReadingSource.CGM_IMPORT, stored.first().meta.source)
    }

    @Test
    fun `several suspend calls at once all complete`() = runBlocking {
        val h = Household(openIn(dir))
        h.patient.log(h.nasreen.id, glucose(6.0), LogOptions())
        val checks = (1..8).map { async { if (it % 2 == 0) h.core.verifyAudit() else h.patient.verifyAudit() } }.awaitAll()
        assertTrue(checks.all { it == checks.first() && it is AuditCheck.Intact }, checks.toString())
    }

    @Test
    fun `a suspend call on a shut-down core is the typed error`() = runBlocking {
        val core = openIn(dir)
        core.shutdown()
        expectError<SaathiException.Closed> { runBlocking { core.verifyAudit() } }
        Unit
    }

    @Test
    fun `content - download a pack from 127_0_0_1`() = runBlocking {
        val server = PackServer(demoPackArchive(dir))
        try {
            val h = Household(openIn(dir))
            // "Wi-Fi only" on mobile data waits, without a request.
            expectError<SaathiException.NeedsWifi> { runBlocking { h.core.downloadPack(server.url, true, Network.METERED) } }
            assertEquals(0, server.requests.get())

            val installed = h.core.downloadPack(server.url, true, Network.WIFI)
            assertEquals(PackChange.Added, installed.change)
            assertEquals(demoPublisherKey(), installed.publisher)
            assertTrue(server.requests.get() >= 1)
            assertEquals("roti", h.patient.searchFoods("روٹی", 1u).single().food, "the downloaded pack is in use")
            // Several downloads at once, each on the library's runtime; all agree.
            val again = (1..3).map { async { runCatching { h.core.downloadPack(server.url, false, Network.METERED) } } }.awaitAll()
            assertTrue(again.all { r -> r.isFailure || r.getOrThrow().change == PackChange.AlreadyInstalled }, again.toString())
            assertTrue(again.any { it.isSuccess }, again.toString())
        } finally {
            server.stop()
        }
    }
}

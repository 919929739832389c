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
            expectError<SaathiException.NeedsWifi> { runBlocking { h.core.downloadPack(server.url, true, NetworkKind.METERED, null) } }
            assertEquals(0, server.requests.get())

            val installed = h.core.downloadPack(server.url, true, NetworkKind.WIFI, null)
            assertEquals(PackChange.Added, installed.change)
            assertEquals(demoPublisherKey(), installed.publisher)
            assertTrue(server.requests.get() >= 1)
            assertEquals("roti", h.patient.searchFoods("روٹی", 1u).single().food, "the downloaded pack is in use")
            // Several downloads of one URL at once, each on the library's runtime: one at a
            // time downloads, the others are told so; none installs twice.
            val again = (1..3).map { async { runCatching { h.core.downloadPack(server.url, false, NetworkKind.METERED, null) } } }.awaitAll()
            for (r in again) {
                val e = r.exceptionOrNull()
                assertTrue(
                    r.getOrNull()?.change == PackChange.AlreadyInstalled ||
                        (e is SaathiException.DownloadFailed && e.code == "already-downloading"),
                    again.toString(),
                )
            }
            assertTrue(again.any { it.isSuccess }, again.toString())
        } finally {
            server.stop()
        }
    }

    @Test
    fun `content - a download whose size or hash differs from the listing is refused`() = runBlocking {
        val archive = demoPackArchive(dir)
        val server = PackServer(archive)
        try {
            val h = Household(openIn(dir))
            val sha = java.security.MessageDigest.getInstance("SHA-256").digest(archive).joinToString("") { "%02x".format(it) }
            val wrongHash = expectError<SaathiException.DownloadFailed> {
                runBlocking { h.core.downloadPack(server.url, false, NetworkKind.WIFI, ExpectedArchive(archive.size.toULong(), "00".repeat(32))) }
            }
            assertEquals("wrong-hash", wrongHash.code)
            val wrongSize = expectError<SaathiException.DownloadFailed> {
                runBlocking { h.core.downloadPack(server.url, false, NetworkKind.WIFI, ExpectedArchive(archive.size.toULong() + 1u, sha)) }
            }
            assertEquals("wrong-size", wrongSize.code)
            val notHex = expectError<SaathiException.InvalidInput> {
                runBlocking { h.core.downloadPack(server.url, false, NetworkKind.WIFI, ExpectedArchive(archive.size.toULong(), "not a hash")) }
            }
            assertEquals(InputField.PACK_HASH, notHex.field)
            assertTrue(h.core.installedPacks().isEmpty(), "nothing was installed")

            val installed = h.core.downloadPack(server.url, false, NetworkKind.WIFI, ExpectedArchive(archive.size.toULong(), sha.uppercase()))
            assertEquals(PackChange.Added, installed.change)
        } finally {
            server.stop()
        }
    }

    @Test
    fun `content - cancelling a download stops it and installs nothing`() = runBlocking {
        val archive = demoPackArchive(dir)
        val server = TricklingServer(archive)
        try {
            val h = Household(openIn(dir))
            val download = async(kotlinx.coroutines.Dispatchers.IO) {
                h.core.downloadPack(server.url, false, NetworkKind.WIFI, null)
            }
            assertTrue(server.started.await(10, java.util.concurrent.TimeUnit.SECONDS), "the download began")
            download.cancel()
            // The library drops the connection when the call is cancelled: the server's next
            // writes fail. Without the abort it would trickle on until the whole pack arrived.
            assertTrue(server.clientGone.await(20, java.util.concurrent.TimeUnit.SECONDS), "the connection was closed")
            assertTrue(h.core.installedPacks().isEmpty(), "nothing was installed")
            // The same download can start again afterwards (its lock was released).
            server.trickle = false
            assertEquals(PackChange.Added, h.core.downloadPack(server.url, false, NetworkKind.WIFI, null).change)
        } finally {
            server.stop()
        }
    }
}

/**
 * A server on 127.0.0.1 that sends the first half of [body] and then one byte every 50 ms
 * (for at most about a minute) while [trickle] is set, noting when the client goes away.
 */
class TricklingServer(private val body: ByteArray) {
    private val server = com.sun.net.httpserver.HttpServer.create(java.net.InetSocketAddress("127.0.0.1", 0), 0)
    val started = java.util.concurrent.CountDownLatch(1)
    val clientGone = java.util.concurrent.CountDownLatch(1)
    @Volatile var trickle = true
    val url: String get() = "http://127.0.0.1:${server.address.port}/pack.tar"

    init {
        server.executor = java.util.concurrent.Executors.newCachedThreadPool()
        server.createContext("/pack.tar") { exchange ->
            exchange.use {
                val range = it.requestHeaders.getFirst("Range")?.removePrefix("bytes=")?.substringBefore("-")?.toIntOrNull()
                val from = range ?: 0
                if (range != null) {
                    it.responseHeaders.add("Content-Range", "bytes $from-${body.size - 1}/${body.size}")
                }
                it.sendResponseHeaders(if (range != null) 206 else 200, (body.size - from).toLong())
                val out = it.responseBody
                try {
                    if (!trickle) {
                        out.write(body, from, body.size - from)
                        return@use
                    }
                    val half = from + (body.size - from) / 2
                    out.write(body, from, half - from)
                    out.flush()
                    started.countDown()
                    var at = half
                    while (at < body.size && at < half + 1200) {
                        Thread.sleep(50)
                        out.write(body, at, 1)
                        out.flush()
                        at++
                    }
                } catch (e: java.io.IOException) {
                    clientGone.countDown()
                }
            }
        }
        server.start()
    }

    fun stop() = server.stop(0)
}

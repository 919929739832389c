package app.saathi.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.time.Duration
import java.time.Instant
import java.util.concurrent.CyclicBarrier
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/** The objects are shared across threads: calls at once are all served, and nothing is lost. */
class ThreadsTest {
    @TempDir
    lateinit var dir: Path

    @Test
    fun `eight threads log at once through shared and separate sessions, and every reading is stored`() {
        val h = Household(openIn(dir))
        h.share()
        val threads = 8
        val perThread = 25
        val barrier = CyclicBarrier(threads)
        val pool = Executors.newFixedThreadPool(threads)
        val futures = (0 until threads).map { t ->
            pool.submit<List<Long>> {
                // Half use the shared sessions, half open their own on the same core.
                val session = when {
                    t % 4 == 0 -> h.patient
                    t % 4 == 1 -> h.helper
                    t % 4 == 2 -> h.core.session(h.nasreen.id)
                    else -> h.core.session(h.imran.id)
                }
                barrier.await()
                (0 until perThread).map { i ->
                    val value = 4.5 + ((t * perThread + i) % 50) / 10.0
                    val logged = session.log(h.nasreen.id, glucose(value), LogOptions())
                    // Reads interleave with the writes.
                    if (i % 5 == 0) session.summaryDays(h.nasreen.id, 1u)
                    logged.record
                }
            }
        }
        val records = futures.flatMap { it.get(120, TimeUnit.SECONDS) }
        pool.shutdown()

        assertEquals(threads * perThread, records.toSet().size, "each log got its own record")
        val stored = h.patient.readings(h.nasreen.id, Instant.now().minus(Duration.ofDays(1)), Instant.now().plusSeconds(60))
        assertEquals(threads * perThread, stored.size)
        assertEquals(records.toSet(), stored.map { it.meta.recordId }.toSet())
        val check = kotlinx.coroutines.runBlocking { h.core.verifyAudit() }
        assertTrue(check is AuditCheck.Intact, "the audit chain stays whole under concurrent writes: $check")
    }

    @Test
    fun `a shutdown while other threads call ends cleanly in typed errors`() {
        val h = Household(openIn(dir))
        val pool = Executors.newFixedThreadPool(4)
        val futures = (0 until 4).map {
            pool.submit<String> {
                var outcome = "running"
                repeat(2_000) {
                    try {
                        h.patient.log(h.nasreen.id, glucose(6.0), LogOptions())
                    } catch (e: SaathiException.Closed) {
                        outcome = "closed"
                        return@submit outcome
                    }
                }
                outcome
            }
        }
        Thread.sleep(50)
        h.core.shutdown()
        val outcomes = futures.map { it.get(120, TimeUnit.SECONDS) }
        pool.shutdown()
        assertTrue(outcomes.all { it == "closed" || it == "running" }, outcomes.toString())
        assertTrue(outcomes.contains("closed"), "at least one thread saw the shutdown: $outcomes")
    }
}

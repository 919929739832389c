package app.saathi.core

import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Tag
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path

/**
 * Not a test: a micro-measurement of what a call from Kotlin costs, left out of normal runs
 * (tag "bench"). Run with `scripts/test-kotlin.sh --bench`; it prints medians, asserts nothing.
 * Figures go to docs/perf.md.
 */
@Tag("bench")
class BenchTest {
    @TempDir
    lateinit var dir: Path

    /**
     * The lowest of five medians of [rounds] timed calls each, after a warm-up: on a shared
     * machine, load only ever adds time, so the lowest median is the closest to the call's cost.
     */
    private fun medianMicros(rounds: Int, call: () -> Unit): Double {
        repeat(rounds) { call() } // warm the JIT (JNA's paths too) and SQLite's caches
        return (1..5).minOf {
            val samples = LongArray(rounds) {
                val start = System.nanoTime()
                call()
                System.nanoTime() - start
            }
            samples.sort()
            samples[rounds / 2] / 1000.0
        }
    }

    @Test
    fun `cost of a call from Kotlin`() {
        val h = Household(openIn(dir))
        h.share()
        h.patient.log(h.nasreen.id, glucose(6.0), LogOptions())
        val results = linkedMapOf(
            "setLogLevel (a function: one FFI call)" to medianMicros(10_000) { setLogLevel(LogLevel.INFO) },
            "isClosed (a method: handle clone + call)" to medianMicros(10_000) { h.core.isClosed() },
            "actor (a record back)" to medianMicros(10_000) { h.patient.actor() },
            "allowed (access check, an enum back)" to medianMicros(10_000) { h.helper.allowed(h.nasreen.id, Action.LOG_READINGS) },
            "targets (a nested record back)" to medianMicros(2_000) { h.patient.targets(h.nasreen.id) },
            "summaryDays 7 (one reading)" to medianMicros(500) { h.patient.summaryDays(h.nasreen.id, 7u) },
        )
        for ((name, micros) in results) println("bench: %-45s median %8.2f µs".format(name, micros))
    }

    /**
     * Today in Urdu for the two-year CGM patient: the same database, clock and call as
     * `cargo bench -p saathi-core --bench tracking -- screens/today`, so the difference is
     * what the FFI adds (a localizer per call, lowering the record tree, lifting it in Kotlin).
     */
    @Test
    fun `cost of Today from Kotlin, two-year CGM patient`() {
        // The Rust benchmark's fixed "now": 2026-06-15 09:00 BST.
        val clock = TestClock(java.time.Instant.parse("2026-06-15T08:00:00Z"), 3600)
        val core = openIn(dir, clock)
        val started = System.nanoTime()
        val rashid = debugPopulateDemoForTests(core, 730u)
        println("bench: built the 730-day demo database in %.1f s".format((System.nanoTime() - started) / 1e9))
        // As in the Rust bench: the demo pack installed, so Today suggests a lesson.
        runBlocking { core.installPack(demoPack.toString()) }
        val session = core.session(rashid)
        val screen = session.todayScreen(rashid, "ur")
        check(screen.sections.sumOf { it.elements.size } > 5) { "Today shows the day" }
        check(screen.sections.flatMap { it.elements }.any { it.id == "lesson" }) { "Today suggests a lesson" }
        val results = linkedMapOf(
            "todayScreen ur (two-year CGM patient)" to medianMicros(200) { session.todayScreen(rashid, "ur") },
            "searchFoods (no pack: NoContent error)" to medianMicros(2_000) {
                try { session.searchFoods("roti", 5u) } catch (_: SaathiException.NoContent) {}
            },
        )
        for ((name, micros) in results) println("bench: %-45s median %8.2f µs".format(name, micros))
    }
}

package app.saathi.core

import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path
import java.util.Collections

/** The core's log lines reach a Kotlin LogSink; health values never do. */
class LogSinkTest {
    @TempDir
    lateinit var dir: Path

    private class Collect : LogSink {
        val records: MutableList<LogRecord> = Collections.synchronizedList(mutableListOf())

        override fun log(record: LogRecord) {
            records.add(record)
        }
    }

    @AfterEach
    fun stop() = clearLogSink()

    @Test
    fun `info and errors arrive with level, target and message`() {
        val sink = Collect()
        setLogSink(sink)
        openIn(dir).shutdown()
        expectError<SaathiException.Storage> { Saathi.open(SaathiConfig(dir.toString())) }

        val opened = sink.records.first { it.message == "opened the database" }
        assertEquals(LogLevel.INFO, opened.level)
        assertEquals("saathi_ffi::saathi", opened.target)
        val failed = sink.records.first { it.level == LogLevel.ERROR }
        assertTrue(failed.message.startsWith("storage failed"), failed.message)
        assertEquals("saathi_core::error", failed.target)
        assertTrue(sink.records.none { it.level == LogLevel.DEBUG }, "the sink starts at info")
    }

    @Test
    fun `debug reaches the sink when asked, and readings' values never do`() {
        val sink = Collect()
        setLogSink(sink)
        setLogLevel(LogLevel.DEBUG)
        val h = Household(openIn(dir))
        h.patient.log(h.nasreen.id, glucose(13.7), LogOptions())
        h.patient.log(
            h.nasreen.id,
            Reading.BloodPressure(systolic = 187u, diastolic = 113u, pulse = null, arm = null, position = null),
            LogOptions(),
        )

        val logging = sink.records.filter { it.message.startsWith("logging a reading") }
        assertEquals(2, logging.size, sink.records.toString())
        assertEquals(LogLevel.DEBUG, logging.first().level)
        for (value in listOf("13.7", "187", "113")) {
            assertFalse(sink.records.any { value in it.message }, "$value leaked into ${sink.records}")
        }
    }

    @Test
    fun `no sink, no calls`() {
        val sink = Collect()
        setLogSink(sink)
        clearLogSink()
        openIn(dir)
        assertTrue(sink.records.isEmpty(), sink.records.toString())
    }

    @Test
    fun `a panic is logged as a bug, with its fixed message`() {
        val sink = Collect()
        setLogSink(sink)
        expectError<SaathiException.Internal> { debugPanicForTests() }
        val logged = sink.records.single { it.level == LogLevel.ERROR }
        assertTrue(logged.message.startsWith("a call panicked"), logged.message)
        assertTrue(logged.message.contains("a deliberate panic"), logged.message)
    }
}

package app.saathi.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Files
import java.nio.file.Path

/** Objects end cleanly: a call after the end is an error, never a crash. */
class LifetimeTest {
    @TempDir
    lateinit var dir: Path

    @Test
    fun `shutdown closes the database for the core and every session it made`() {
        val h = Household(openIn(dir))
        h.patient.log(h.nasreen.id, glucose(5.9), LogOptions())
        assertFalse(h.core.isClosed())

        h.core.shutdown()
        h.core.shutdown() // a second time does nothing
        assertTrue(h.core.isClosed())
        expectError<SaathiException.Closed> { h.core.addPerson(NewPerson(name = "Ayesha", role = Role.HELPER, units = metric)) }
        expectError<SaathiException.Closed> { h.patient.log(h.nasreen.id, glucose(6.0), LogOptions()) }
        expectError<SaathiException.Closed> { h.helper.actor() }

        // The file was released: SQLite checkpointed and removed its write-ahead log, and a
        // new core sees what was written.
        assertFalse(Files.exists(dir.resolve("saathi.db-wal")), "the WAL is gone once the last connection closed")
        val again = openIn(dir)
        assertEquals(listOf("Nasreen", "Imran"), again.people().map { it.name })
        val patient = again.session(again.personNamed("Nasreen").id)
        assertEquals(1, patient.summaryDays(h.nasreen.id, 1u).glucose?.overall?.count?.toInt())
    }

    @Test
    fun `an ended session refuses calls while the others go on`() {
        val h = Household(openIn(dir))
        h.patient.end()
        h.patient.end()
        expectError<SaathiException.SessionEnded> { h.patient.summaryDays(h.nasreen.id, 7u) }
        assertEquals("Imran", h.helper.actor().name)
        assertEquals("Nasreen", h.core.session(h.nasreen.id).actor().name)
    }

    @Test
    fun `a destroyed Kotlin handle throws an exception, it does not crash`() {
        val h = Household(openIn(dir))
        h.helper.close() // AutoCloseable: frees the Rust object
        assertThrows(IllegalStateException::class.java) { h.helper.actor() }
        h.core.use { core -> assertEquals(2, core.people().size) }
        assertThrows(IllegalStateException::class.java) { h.core.people() }
        // Sessions outlive the handle of the core that made them: they hold the core inside.
        assertEquals("Nasreen", h.patient.actor().name)
        h.patient.log(h.nasreen.id, glucose(6.4), LogOptions())
    }
}

package app.saathi.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.nio.file.Path

/** A panic inside Rust comes out as an exception; the app and the library carry on. */
class PanicTest {
    @TempDir
    lateinit var dir: Path

    @Test
    fun `a panic in a call is the typed Internal error`() {
        assertThrows(SaathiException.Internal::class.java) { debugPanicForTests() }
        // The library still works afterwards.
        val core = openIn(dir)
        assertEquals(0, core.people().size)
    }

    @Test
    fun `UniFFI's own catch holds for a call without the guard`() {
        val e = assertThrows(InternalException::class.java) { debugPanicUnguardedForTests() }
        assertEquals(true, e.message?.contains("deliberate panic"), e.message)
        assertEquals(0, openIn(dir).people().size)
    }
}

import Foundation
import XCTest
@testable import SaathiCore
#if canImport(Glibc)
import Glibc
private let streamSocket = Int32(SOCK_STREAM.rawValue)
#elseif canImport(Darwin)
import Darwin
private let streamSocket = SOCK_STREAM
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 (POSIX sockets: Foundation on Linux has no server),
/// serving one archive at any path, one request per connection, with `Range: bytes=N-`
/// answered 206 (or 416 past the end). It records each request's line and Range header.
///
/// Bounded so a broken client or test cannot hang the run: it serves at most
/// `maxConnections` connections and lives at most `lifetime` seconds; every read and write
/// on a connection times out after 10 s; `stop()` (call it in a `defer`, it is idempotent)
/// ends the accepting thread and closes the socket.
final class PackServer: @unchecked Sendable {
    /// What the server answers.
    enum Answer {
        /// The whole archive (or the range asked for).
        case whole
        /// Headers announcing the whole archive (or range), then half of its bytes, then
        /// the connection is closed: a connection dropped half-way through the body.
        case dropHalfway
        /// 404, no body.
        case notFound
    }

    struct Request: Equatable {
        let line: String
        /// The Range header's value ("bytes=1234-"), if the client sent one.
        let range: String?
    }

    let port: UInt16
    var url: String { "http://127.0.0.1:\(port)/pack.tar" }

    private let body: [UInt8]
    private let listener: Int32
    private let maxConnections: Int
    private let deadline: Date
    private let finished = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    private var _answer: Answer
    private var _requests: [Request] = []
    private var stopping = false
    private var stopped = false

    init(body: [UInt8], answer: Answer = .whole, maxConnections: Int = 8, lifetime: TimeInterval = 120) throws {
        signal(SIGPIPE, SIG_IGN) // a client that goes away must not kill the test process
        self.body = body
        _answer = answer
        self.maxConnections = maxConnections
        deadline = Date() + lifetime
        (listener, port) = try bindLoopback()
        guard listen(listener, 16) == 0 else {
            let e = errno
            _ = close(listener)
            throw POSIXError(POSIXErrorCode(rawValue: e) ?? .EIO)
        }
        let thread = Thread { [self] in
            self.serve()
            // Later connections are refused at once rather than left waiting in the backlog.
            _ = close(self.listener)
            self.finished.signal()
        }
        thread.name = "PackServer:\(port)"
        thread.start()
    }

    var answer: Answer {
        get { lock.lock(); defer { lock.unlock() }; return _answer }
        set { lock.lock(); defer { lock.unlock() }; _answer = newValue }
    }

    var requests: [Request] {
        lock.lock(); defer { lock.unlock() }
        return _requests
    }

    /// Stops accepting (the accepting thread notices within 0.2 s) and waits for the
    /// thread to end; it closes the listening socket. Safe to call more than once.
    func stop() {
        lock.lock()
        if stopped { lock.unlock(); return }
        stopped = true
        stopping = true
        lock.unlock()
        if finished.wait(timeout: .now() + 15) != .success { XCTFail("PackServer's thread did not end") }
    }

    private var shouldStop: Bool {
        lock.lock(); defer { lock.unlock() }
        return stopping || Date() > deadline
    }

    private func serve() {
        var served = 0
        while served < maxConnections && !shouldStop {
            var ready = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            let n = poll(&ready, 1, 200)
            if n == 0 || (n < 0 && errno == EINTR) { continue }
            if n < 0 { return }
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR || errno == EAGAIN || errno == ECONNABORTED { continue }
                return
            }
            served += 1
            setTimeouts(connection, seconds: 10)
            respond(on: connection)
            // Send FIN rather than a reset, so the client reads every byte sent before it.
            _ = shutdown(connection, Int32(SHUT_WR))
            _ = close(connection)
        }
    }

    private func respond(on connection: Int32) {
        guard let head = readHead(connection) else { return }
        let lines = head.components(separatedBy: "\r\n")
        let range = lines.dropFirst().first { $0.lowercased().hasPrefix("range:") }
            .map { String($0.dropFirst("range:".count)).trimmingCharacters(in: .whitespaces) }
        lock.lock()
        _requests.append(Request(line: lines.first ?? "", range: range))
        let answer = _answer
        lock.unlock()

        if answer == .notFound || !(lines.first ?? "").hasPrefix("GET ") {
            _ = sendAll(connection, Array("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8)[...])
            return
        }
        var status = "200 OK"
        var extra = ""
        var slice = body[...]
        if let range, let span = parseRange(range, size: body.count) {
            let (first, last) = span
            if first >= body.count {
                _ = sendAll(connection, Array(
                    "HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */\(body.count)\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".utf8)[...])
                return
            }
            status = "206 Partial Content"
            extra = "Content-Range: bytes \(first)-\(last)/\(body.count)\r\n"
            slice = body[first...last]
        }
        let headers = "HTTP/1.1 \(status)\r\nContent-Type: application/x-tar\r\nContent-Length: \(slice.count)\r\n\(extra)Connection: close\r\n\r\n"
        guard sendAll(connection, Array(headers.utf8)[...]) else { return }
        switch answer {
        case .whole: _ = sendAll(connection, slice)
        case .dropHalfway: _ = sendAll(connection, slice.prefix(slice.count / 2))
        case .notFound: break
        }
    }

    /// The request up to its blank line (at most 16 KiB; nil if the client sent less).
    private func readHead(_ connection: Int32) -> String? {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 2048)
        let end: [UInt8] = Array("\r\n\r\n".utf8)
        while received.count < 16 * 1024 {
            let n = recv(connection, &buffer, buffer.count, 0)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return nil } // closed, or timed out (SO_RCVTIMEO)
            received += buffer[0..<n]
            if received.count >= end.count,
               let at = (0...(received.count - end.count)).first(where: { received[$0..<$0 + end.count].elementsEqual(end) }) {
                return String(decoding: received[..<at], as: UTF8.self)
            }
        }
        return nil
    }

    /// "bytes=N-" or "bytes=N-M" (M clipped to the end); nil for anything else.
    private func parseRange(_ value: String, size: Int) -> (Int, Int)? {
        guard value.hasPrefix("bytes=") else { return nil }
        let spec = value.dropFirst("bytes=".count).split(separator: "-", omittingEmptySubsequences: false)
        guard spec.count == 2, let first = Int(spec[0]), first >= 0 else { return nil }
        if spec[1].isEmpty { return (first, size - 1) }
        guard let last = Int(spec[1]), last >= first else { return nil }
        return (first, min(last, size - 1))
    }
}

/// Sends every byte of `bytes`; false if the connection failed or timed out.
private func sendAll(_ connection: Int32, _ bytes: ArraySlice<UInt8>) -> Bool {
    var at = bytes.startIndex
    while at < bytes.endIndex {
        let n = bytes[at...].withUnsafeBytes { send(connection, $0.baseAddress, $0.count, 0) }
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return false }
        at += n
    }
    return true
}

private func setTimeouts(_ socket: Int32, seconds: Int) {
    var limit = timeval(tv_sec: seconds, tv_usec: 0)
    let size = socklen_t(MemoryLayout<timeval>.size)
    _ = setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &limit, size)
    _ = setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &limit, size)
}

/// A TCP socket bound to 127.0.0.1 on a port the system chooses, and that port.
private func bindLoopback() throws -> (Int32, UInt16) {
    let fd = socket(AF_INET, streamSocket, 0)
    guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    var address = sockaddr_in()
    #if canImport(Darwin)
    address.sin_len = UInt8(MemoryLayout<sockaddr_in>.size)
    #endif
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = in_addr_t(0x7f00_0001).bigEndian
    var size = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, size) }
    }
    let named = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &size) }
    }
    guard bound == 0, named == 0 else {
        let e = errno
        _ = close(fd)
        throw POSIXError(POSIXErrorCode(rawValue: e) ?? .EIO)
    }
    return (fd, UInt16(bigEndian: address.sin_port))
}

/// A port on 127.0.0.1 that nothing listens on: one the system just handed out, released.
func freeLoopbackPort() throws -> UInt16 {
    let (fd, port) = try bindLoopback()
    _ = close(fd)
    return port
}

/// The demo pack as a tar archive, as a publisher would put it on a server.
func demoPackArchive(in dir: URL) throws -> [UInt8] {
    let tar = dir.appendingPathComponent("demo-pack.tar")
    try debugWritePackArchiveForTests(dir: demoPack, out: tar.path)
    return [UInt8](try Data(contentsOf: tar))
}

struct TimedOut: Error, CustomStringConvertible {
    let seconds: TimeInterval
    var description: String { "did not finish within \(seconds) s" }
}

private final class Outcome<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<T, Error>?
    func set(_ r: Result<T, Error>) { lock.lock(); result = r; lock.unlock() }
    func get() -> Result<T, Error>? { lock.lock(); defer { lock.unlock() }; return result }
}

extension XCTestCase {
    /// Runs `body` in a Task and waits for it at most `seconds` (an XCTest expectation):
    /// a download that hangs fails the test instead of hanging the run.
    func within<T>(_ seconds: TimeInterval, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        let done = expectation(description: "finished within \(seconds) s")
        let outcome = Outcome<T>()
        Task {
            do { outcome.set(.success(try await body())) } catch { outcome.set(.failure(error)) }
            done.fulfill()
        }
        await fulfillment(of: [done], timeout: seconds)
        guard let result = outcome.get() else { throw TimedOut(seconds: seconds) }
        return try result.get()
    }

    /// `within`, for a call that must throw a `SaathiError`; returns it.
    func expectErrorWithin<T>(_ seconds: TimeInterval, file: StaticString = #filePath, line: UInt = #line,
                              _ body: @escaping @Sendable () async throws -> T) async -> SaathiError? {
        do {
            _ = try await within(seconds, body)
            XCTFail("expected a SaathiError, but the call succeeded", file: file, line: line)
        } catch let error as SaathiError {
            return error
        } catch {
            XCTFail("expected a SaathiError, got \(error)", file: file, line: line)
        }
        return nil
    }
}

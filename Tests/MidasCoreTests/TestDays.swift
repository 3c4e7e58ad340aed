import Testing

@testable import MidasCore

/// The day of an ISO date written in a test, failing the test when it does not parse.
func day(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Day {
    try #require(Day(iso: text), sourceLocation: sourceLocation)
}

import ArgumentParser
import MidasCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs `midas` and maps every way it can end onto SPEC.md's exit codes:
/// 0 success, 1 differences (`compare`), 2 bad input or usage, 3 stale artifact, 70 internal.
@main
enum EntryPoint {
    static func main() async {
        let command: any ParsableCommand
        do {
            command = try Midas.parseAsRoot()
        } catch {
            let code = Midas.exitCode(for: error)
            if code == .success {
                print(Midas.fullMessage(for: error))
                exit(0)
            }
            Console.error(Midas.fullMessage(for: error))
            exit(FailureKind.badInput.exitCode)
        }
        do {
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                var syncCommand = command
                try syncCommand.run()
            }
        } catch let failure as any MidasFailure {
            Console.error("midas: \(failure)")
            exit(failure.kind.exitCode)
        } catch let code as ExitCode {
            exit(code.rawValue)
        } catch let error as ValidationError {
            Console.error("midas: \(error)")
            exit(FailureKind.badInput.exitCode)
        } catch  where Midas.exitCode(for: error) == .success {
            // `--help` parses into a help command whose `run()` throws the help request.
            print(Midas.fullMessage(for: error))
            exit(0)
        } catch {
            Console.error("midas: internal error: \(error)")
            exit(FailureKind.internal.exitCode)
        }
    }
}

// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli: parse the command line, run a command, map errors to exit codes and clear words.
#include "cli.h"

#include <libintl.h>

#include <iostream>

#include "command.h"
#include "edau/base/error.h"
#include "edau/base/json.h"
#include "edau/base/version.h"

#define _(s) tr(s)

namespace edau::cli {

const char* tr(const char* msgid) { return dgettext("edau", msgid); }

std::string render(const Message& message) { return message.format(tr(message.id().c_str())); }

std::optional<std::string> Arguments::option(const std::string& name) const {
    auto it = options.find(name);
    if (it == options.end() || it->second.empty()) return std::nullopt;
    return it->second.back();
}

void Io::printJson(const Json& value) const { out << value.dump(2) << '\n'; }

const std::vector<Command>& commands() {
    static const std::vector<Command> all = {newCommand(),  infoCommand(),  checkCommand(), coderCommand(),
                                             demoCommand(), importCommand(), docsCommand(), textCommand(),
                                             turnsCommand(), casesCommand(), codesCommand(), codeCommand(),
                                             uncodeCommand(), codingsCommand(), memoCommand(), memosCommand(),
                                             undoCommand(), redoCommand(), agreementCommand(), matrixCommand(),
                                             reportCommand(), countsCommand(), cooccurrenceCommand(),
                                             mscCommand(), searchCommand(), indexCommand(), autocodeCommand(),
                                             exportQdpxCommand(), exportQdcCommand(), importQdpxCommand(), digestCommand(), mergeCommand(),
                                             syncCommand(), conflictsCommand(), blindCommand()};
    return all;
}

namespace {

void printHelp(std::ostream& out) {
    out << _("Usage: edau-cli COMMAND PROJECT.edau [OPTIONS]") << "\n\n"
        << _("Edau: qualitative research on interview transcripts, in Welsh and English.") << "\n\n"
        << _("Commands:") << '\n';
    for (const auto& c : commands()) {
        std::string usage = c.usage;
        out << "  " << usage;
        if (usage.size() < 44) out << std::string(44 - usage.size(), ' ');
        else out << "\n" << std::string(46, ' ');
        out << _(c.summary) << '\n';
    }
    out << '\n'
        << _("Options for every command: --help (this text), --version, --quiet.") << '\n'
        << _("Exit codes: 0 success, 1 bad input or not found, 2 project problem (locked, damaged, newer format), "
             "3 internal error.")
        << '\n';
}

Arguments parse(const Command& command, const std::vector<std::string>& args) {
    Arguments parsed;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-o" && command.valueOptions.count("--output")) {  // the usual short form for the output file
            if (i + 1 >= args.size())
                throwError(ErrorKind::Usage, Message(EDAU_MSG("The option {option} needs a value")).arg("option", "-o"));
            parsed.options["--output"].push_back(args[++i]);
            continue;
        }
        if (a.size() > 2 && a.rfind("--", 0) == 0) {
            std::string name = a, value;
            bool inlineValue = false;
            if (auto eq = a.find('='); eq != std::string::npos) {
                name = a.substr(0, eq);
                value = a.substr(eq + 1);
                inlineValue = true;
            }
            if (command.valueOptions.count(name)) {
                if (!inlineValue) {
                    if (i + 1 >= args.size())
                        throwError(ErrorKind::Usage,
                                   Message(EDAU_MSG("The option {option} needs a value")).arg("option", name));
                    value = args[++i];
                }
                parsed.options[name].push_back(value);
            } else if (command.flagOptions.count(name) || name == "--quiet") {
                parsed.flags.insert(name);
            } else {
                throwError(ErrorKind::Usage, Message(EDAU_MSG("{command} does not know the option {option} (usage: edau-cli {usage})"))
                                                 .arg("command", command.name)
                                                 .arg("option", name)
                                                 .arg("usage", command.usage));
            }
        } else if (a == "--") {
            for (++i; i < args.size(); ++i) parsed.positionals.push_back(args[i]);
        } else {
            parsed.positionals.push_back(a);
        }
    }
    if (parsed.positionals.size() < command.minPositionals || parsed.positionals.size() > command.maxPositionals)
        throwError(ErrorKind::Usage,
                   Message(EDAU_MSG("Usage: edau-cli {usage}")).arg("usage", command.usage));
    return parsed;
}

int exitCodeFor(ErrorKind kind) {
    switch (kind) {
        case ErrorKind::Usage:
        case ErrorKind::NotFound:
        case ErrorKind::BadInput: return kUserError;
        case ErrorKind::Project:
        case ErrorKind::Environment: return kProjectError;
        case ErrorKind::Internal: return kInternalError;
    }
    return kInternalError;
}

}  // namespace

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        if (args.size() >= 2) {
            for (const auto& c : commands())
                if (c.name == args[1]) {
                    out << _("Usage:") << " edau-cli " << c.usage << "\n" << _(c.summary) << '\n';
                    return kSuccess;
                }
        }
        printHelp(args.empty() ? err : out);
        return args.empty() ? kUserError : kSuccess;
    }
    if (args[0] == "--version" || args[0] == "version") {
        out << "edau-cli " << versionString() << '\n';
        return kSuccess;
    }
    const Command* command = nullptr;
    for (const auto& c : commands())
        if (c.name == args[0]) command = &c;
    if (!command) {
        err << render(Message(EDAU_MSG("Unknown command {command}; run edau-cli --help to see the commands"))
                          .arg("command", args[0]))
            << '\n';
        return kUserError;
    }
    for (const auto& a : args)
        if (a == "--help" || a == "-h") {
            out << _("Usage:") << " edau-cli " << command->usage << "\n" << _(command->summary) << '\n';
            return kSuccess;
        }
    Io io{out, err};
    try {
        return command->run(parse(*command, args), io);
    } catch (const Error& e) {
        err << render(e.message()) << '\n';
        return exitCodeFor(e.kind());
    } catch (const std::bad_alloc&) {
        err << _("Edau ran out of memory; nothing was changed.") << '\n';
        return kInternalError;
    } catch (const std::exception& e) {
        err << render(Message(EDAU_MSG("Internal error: {reason}. Nothing was changed; please report this."))
                          .arg("reason", e.what()))
            << '\n';
        return kInternalError;
    }
}

}  // namespace edau::cli

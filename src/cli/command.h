// SPDX-License-Identifier: GPL-3.0-or-later
// What every command sees: its parsed arguments, its streams, and helpers to translate.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "edau/base/message.h"

/// Marks a CLI string for translation where it is defined; tr() translates it where it is printed.
#define N_(text) (text)

namespace edau {
class Json;
}

namespace edau::cli {

/// Translates a CLI string through gettext (domain "edau").
const char* tr(const char* msgid);
/// Translates and formats a core message.
std::string render(const Message& message);

/// A command line after option parsing.
struct Arguments {
    std::vector<std::string> positionals;
    std::map<std::string, std::vector<std::string>> options;  ///< "--name" -> values (repeatable)
    std::set<std::string> flags;                               ///< "--json", "--quiet", ...

    bool has(const std::string& flag) const { return flags.count(flag) > 0; }
    std::optional<std::string> option(const std::string& name) const;
};

/// The streams a command writes to.
struct Io {
    std::ostream& out;
    std::ostream& err;
    void printJson(const Json& value) const;
};

/// One verb of edau-cli.
struct Command {
    std::string name;
    const char* usage;     ///< e.g. "info PROJECT [--json]" (not translated: it is syntax)
    const char* summary;   ///< one line, translated at print time
    std::size_t minPositionals;
    std::size_t maxPositionals;
    std::set<std::string> valueOptions;  ///< options that take a value
    std::set<std::string> flagOptions;   ///< options without a value
    std::function<int(const Arguments&, const Io&)> run;
};

/// All commands, in the order --help lists them.
const std::vector<Command>& commands();

// Each command file defines one of these.
Command newCommand();
Command infoCommand();
Command checkCommand();
Command coderCommand();
Command demoCommand();
Command docsCommand();
Command textCommand();
Command turnsCommand();
Command casesCommand();
Command importCommand();
Command codesCommand();
Command codeCommand();
Command uncodeCommand();
Command codingsCommand();
Command memoCommand();
Command memosCommand();
Command undoCommand();
Command redoCommand();
Command agreementCommand();
Command matrixCommand();
Command reportCommand();
Command countsCommand();
Command cooccurrenceCommand();
Command mscCommand();
Command searchCommand();
Command indexCommand();
Command autocodeCommand();
Command exportQdpxCommand();
Command exportQdcCommand();
Command importQdpxCommand();
Command digestCommand();
Command mergeCommand();
Command syncCommand();
Command conflictsCommand();
Command blindCommand();

}  // namespace edau::cli

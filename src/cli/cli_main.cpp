// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli's main(): locale and translations, then runCli.
#include <libintl.h>

#include <clocale>
#include <iostream>

#include "cli.h"
#include "edau/app/paths.h"

int main(int argc, char** argv) {
    std::setlocale(LC_ALL, "");
    bindtextdomain("edau", edau::localeDirectory().c_str());
    bind_textdomain_codeset("edau", "UTF-8");
    std::vector<std::string> args(argv + 1, argv + argc);
    return edau::cli::runCli(args, std::cout, std::cerr);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Transcript generator and the ratio reporter for Edau's benchmarks.
#include "bench_support.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <random>

namespace edau::bench {

namespace {
const char* const kWelsh[] = {
    "Mae'n anodd iawn gofalu am fy nhad yng Nghaerdydd ers y cyfnod clo.",
    "Roedd y gwasanaethau dydd wedi cau, a doedd dim seibiant o gwbl.",
    "Dw i'n cofio mynd i'r ysgol gyda fy chwaer, ond roedd hi'n sâl.",
    "Roedd y gymuned yn help mawr; daeth y cymdogion â bwyd i'r tŷ.",
    "Ar ôl gadael gofal, ces i fflat bach ger y dŵr yn Abertawe.",
    "Mae fy nghynghorydd personol yn ffonio bob wythnos i weld sut dw i.",
};
const char* const kEnglish[] = {
    "It was really hard caring for my dad during lockdown, honestly.",
    "The day centre closed and there was no respite at all for months.",
    "My personal adviser helped me with the pathway plan and the housing forms.",
    "We found a spindle whorl on the dig, and I cried, I don't mind saying.",
    "Carers were expected to cope on their own, and most of us just did.",
    "I moved into my own flat at eighteen and nobody showed me how to budget.",
};
const char* const kMixed[] = {
    "So I said to her, \"paid â phoeni\", it'll be fine, and it was.",
    "Roedd e'n amazing actually, the whole group, y gymuned i gyd.",
    "We went to Gaerdydd for the appointment, ond roedd e wedi canslo.",
};
const char* const kSpeakers[] = {"Cyfwelydd", "Siân", "Interviewer", "Dylan", "Llŷr", "Ffion"};
}  // namespace

std::string generateTranscript(int seed, int words) {
    std::mt19937 rng(static_cast<unsigned>(seed) * 2654435761u + 17u);
    std::string out;
    int count = 0, turn = 0;
    while (count < words) {
        out += kSpeakers[(turn % 2 == 0) ? 0 : 1 + static_cast<std::size_t>(seed) % 5];
        out += ": ";
        int sentences = 1 + static_cast<int>(rng() % 5);
        for (int s = 0; s < sentences; ++s) {
            unsigned pick = rng() % 10;
            const char* sentence = pick < 4 ? kWelsh[rng() % 6] : pick < 8 ? kEnglish[rng() % 6] : kMixed[rng() % 3];
            out += sentence;
            out += ' ';
            count += 1 + static_cast<int>(std::count(sentence, sentence + std::char_traits<char>::length(sentence), ' '));
        }
        out.back() = '\n';
        out += '\n';
        ++turn;
    }
    return out;
}

namespace {
class RatioReporter : public benchmark::ConsoleReporter {
public:
    void ReportRuns(const std::vector<Run>& runs) override {
        ConsoleReporter::ReportRuns(runs);
        for (const auto& r : runs) {
            if (r.run_type != Run::RT_Aggregate || r.aggregate_name != "median") continue;
            std::string name = r.run_name.function_name;
            auto it = r.counters.find("bytes_per_second");
            if (it != r.counters.end()) {
                m_medians[name] = it->second.value;
                m_bytes[name] = true;
            } else {
                // Latency benchmarks: a lower time is better, so the ratio is baseline time / time.
                m_medians[name] = r.real_accumulated_time > 0 ? static_cast<double>(r.iterations) / r.real_accumulated_time : 0;
            }
        }
    }
    void printRatios() const {
        std::printf("\nMedian throughput as a ratio to each group's baseline (same run):\n");
        for (const auto& [name, value] : m_medians) {
            auto slash = name.find('/');
            if (slash == std::string::npos) continue;
            std::string group = name.substr(0, slash);
            auto base = m_medians.find(group + "/Baseline");
            if (base == m_medians.end() || name == base->first || base->second <= 0) continue;
            if (m_bytes.count(name))
                std::printf("  %-40s %8.2f MB/s   ratio %.3f\n", name.c_str(), value / 1e6, value / base->second);
            else
                std::printf("  %-40s ratio %.3f (operations per second relative to the baseline)\n", name.c_str(),
                            value / base->second);
        }
    }

private:
    std::map<std::string, double> m_medians;
    std::map<std::string, bool> m_bytes;
};
}  // namespace

int runWithRatios(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatios();
    benchmark::Shutdown();
    return 0;
}

}  // namespace edau::bench

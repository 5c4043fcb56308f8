// SPDX-License-Identifier: GPL-3.0-or-later
// Coded-passage and codebook reports laid out as Report blocks, so they reuse every writer.
#include "edau/export/report_builders.h"

#include <string_view>

namespace edau {

namespace {

ReportCell textCell(std::string text) {
    ReportCell cell;
    cell.paragraphs.push_back(std::move(text));
    return cell;
}

// "Document, Case, Speaker, Position", leaving out what is empty or repeats the field before
// (transcripts are often named after their case, and the case is often the speaker).
std::string passageSource(const CodedPassage& passage) {
    std::string out;
    auto add = [&](std::string_view part) {
        if (part.empty()) return;
        if (!out.empty()) out += ", ";
        out += part;
    };
    add(passage.document);
    if (passage.caseName != passage.document) add(passage.caseName);
    if (passage.speaker != passage.caseName && passage.speaker != passage.document) add(passage.speaker);
    add(passage.position);
    return out;
}

}  // namespace

Report buildCodedPassagesReport(Report base, const std::vector<CodedPassageGroup>& groups,
                                const CodedPassageLabels& labels, PassageLayout layout) {
    base.blocks.clear();
    if (layout == PassageLayout::ByCode) {
        for (const auto& group : groups) {
            base.blocks.emplace_back(ReportHeading{1, group.codePath});
            if (!group.description.empty())
                base.blocks.emplace_back(ReportParagraph{group.description, ParagraphRole::Body, {}});
            for (const auto& passage : group.passages) {
                base.blocks.emplace_back(ReportParagraph{passageSource(passage), ParagraphRole::Source, {}});
                base.blocks.emplace_back(ReportParagraph{passage.text, ParagraphRole::Quote, {}});
            }
        }
        return base;
    }
    ReportTable table;
    table.title = base.title;
    table.columns = {labels.codePath, labels.document, labels.caseName, labels.speaker, labels.position, labels.passage};
    table.firstColumnIsRowHeader = false;
    table.columnWeights = {3, 3, 2, 2, 2, 10};
    for (const auto& group : groups) {
        for (const auto& passage : group.passages) {
            table.rows.push_back({textCell(group.codePath), textCell(passage.document), textCell(passage.caseName),
                                  textCell(passage.speaker), textCell(passage.position), textCell(passage.text)});
        }
    }
    base.blocks.emplace_back(std::move(table));
    return base;
}

Report buildCodebookReport(Report base, const std::vector<CodebookEntry>& entries, const CodebookLabels& labels) {
    base.blocks.clear();
    ReportTable table;
    table.title = labels.tableTitle;
    table.columns = {labels.codePath, labels.description, labels.colour, labels.count};
    table.columnWeights = {4, 8, 1.6, 1.2};
    for (const auto& entry : entries) {
        ReportCell colour = textCell(entry.colour);
        colour.shading = entry.colour;  // a swatch; the hex value stays for readers who cannot see it
        table.rows.push_back(
            {textCell(entry.codePath), textCell(entry.description), colour, textCell(std::to_string(entry.count))});
    }
    base.blocks.emplace_back(std::move(table));
    return base;
}

}  // namespace edau

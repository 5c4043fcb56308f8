// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli code, uncode, codings, memo, memos, undo, redo: coding text and keeping notes.
#include <map>

#include "../cli.h"
#include "../command.h"
#include "../command_support.h"
#include "edau/app/code_paths.h"
#include "edau/app/memo_service.h"
#include "edau/base/error.h"
#include "edau/base/json.h"
#include "edau/store/project_store.h"
#include "edau/text/unicode.h"

namespace edau::cli {

std::string rowOption(const Workbench& bench, const std::string& matrixName, const Arguments& args);

namespace {

std::int64_t parsePosition(const std::string& value, const char* option) {
    std::size_t used = 0;
    long long v = -1;
    try {
        v = std::stoll(value, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != value.size() || v < 0)
        throwError(ErrorKind::Usage, Message(EDAU_MSG("{option} takes a position (a whole number from 0), not {value}"))
                                         .arg("option", option)
                                         .arg("value", value));
    return v;
}

std::string required(const Arguments& args, const char* option) {
    if (auto v = args.option(option)) return *v;
    throwError(ErrorKind::Usage, Message(EDAU_MSG("The option {option} is needed")).arg("option", option));
}

Coder coderFor(Workbench& bench, const Arguments& args) {
    if (auto name = args.option("--coder")) {
        auto& store = bench.store();
        if (auto c = store.coderByName(*name)) return *c;
        return store.addCoder(*name);
    }
    if (auto c = bench.currentCoder()) return *c;
    throwError(ErrorKind::Usage, Message(EDAU_MSG("Say who is coding: give --coder NAME, or set the current coder with edau-cli coder")));
}

}  // namespace

Command codeCommand() {
    return {"code", "code PROJECT.edau --document D --start S --end E --code PATH [--coder C]",
            N_("Code a passage (positions in characters, end exclusive); prints the coding's id."), 1, 1,
            {"--document", "--start", "--end", "--code", "--coder"}, {},
            [](const Arguments& args, const Io& io) {
                auto bench = openForWriting(args.positionals[0], io);
                Document doc = findDocument(*bench, required(args, "--document"));
                std::string path = required(args, "--code");
                auto code = findCodeByPath(bench->codes(), path);
                if (!code)
                    throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no code {path} in the codebook")).arg("path", path));
                std::int64_t start = parsePosition(required(args, "--start"), "--start");
                std::int64_t end = parsePosition(required(args, "--end"), "--end");
                Coding coding;
                bench->store().write([&] {
                    Coder coder = coderFor(*bench, args);
                    coding = bench->store().addCoding(doc.id, start, end, code->id, coder.id);
                });
                io.out << coding.uuid << '\n';
                return kSuccess;
            }};
}

Command uncodeCommand() {
    return {"uncode", "uncode PROJECT.edau CODING-ID", N_("Remove a coding."), 2, 2, {}, {},
            [](const Arguments& args, const Io& io) {
                auto bench = openForWriting(args.positionals[0], io);
                auto coding = bench->store().codingByUuid(args.positionals[1]);
                if (!coding)
                    throwError(ErrorKind::NotFound,
                               Message(EDAU_MSG("There is no coding {id} in {file}")).arg("id", args.positionals[1]).arg("file", bench->path()));
                bench->store().removeCoding(coding->id);
                return kSuccess;
            }};
}

Command codingsCommand() {
    return {"codings", "codings PROJECT.edau [--code PATH] [--document D] [--coder C] [--json]",
            N_("List codings with their text, filtered by code, document or coder."), 1, 1,
            {"--code", "--document", "--coder"}, {"--json"},
            [](const Arguments& args, const Io& io) {
                auto bench = openForReading(args.positionals[0], io);
                const auto& store = bench->store();
                auto codes = bench->codes();
                std::optional<RowId> codeFilter, documentFilter, coderFilter;
                if (auto p = args.option("--code")) {
                    auto c = findCodeByPath(codes, *p);
                    if (!c) throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no code {path} in the codebook")).arg("path", *p));
                    codeFilter = c->id;
                }
                if (auto d = args.option("--document")) documentFilter = findDocument(*bench, *d).id;
                if (auto c = args.option("--coder")) {
                    auto coder = store.coderByName(*c);
                    if (!coder) throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no coder called {name}")).arg("name", *c));
                    coderFilter = coder->id;
                }
                std::map<RowId, std::string> texts;
                Json list = Json::array();
                for (const auto& c : store.codings()) {
                    if ((codeFilter && c.codeId != *codeFilter) || (documentFilter && c.documentId != *documentFilter) ||
                        (coderFilter && c.coderId != *coderFilter))
                        continue;
                    if (!texts.count(c.documentId)) texts[c.documentId] = store.documentText(c.documentId);
                    std::string passage(text::sliceCodePoints(texts[c.documentId], c.start, c.end));
                    auto doc = store.documentById(c.documentId);
                    auto coder = store.coderById(c.coderId);
                    if (args.has("--json")) {
                        Json j = Json::object();
                        j["id"] = c.uuid;
                        j["document"] = doc ? doc->name : std::string();
                        j["start"] = c.start;
                        j["end"] = c.end;
                        j["code"] = codePath(codes, c.codeId);
                        j["coder"] = coder ? coder->name : std::string();
                        j["text"] = passage;
                        list.push(std::move(j));
                    } else {
                        io.out << c.uuid << '\t' << (doc ? doc->name : "") << '\t' << c.start << '-' << c.end << '\t'
                               << codePath(codes, c.codeId) << '\t' << (coder ? coder->name : "") << '\t' << passage << '\n';
                    }
                }
                if (args.has("--json")) io.printJson(list);
                return kSuccess;
            }};
}

Command memoCommand() {
    return {"memo",
            "memo PROJECT.edau --on project|document:NAME|code:PATH|case:NAME|coding:ID|cell:MATRIX "
            "[--case C|--document D --code PATH] --text T [--title T]",
            N_("Write a memo on the project or on one of its items; on a matrix cell: --on cell:MATRIX with --case "
               "(or --document) and --code naming the cell."),
            1, 1, {"--on", "--text", "--title", "--case", "--document", "--code"}, {},
            [](const Arguments& args, const Io& io) {
                auto bench = openForWriting(args.positionals[0], io);
                auto& store = bench->store();
                std::string on = required(args, "--on");
                std::string kind = on.substr(0, on.find(':'));
                std::string which = on.find(':') == std::string::npos ? std::string() : on.substr(on.find(':') + 1);
                std::string title = args.option("--title").value_or("");
                std::string text = required(args, "--text");
                if (kind == "cell") {
                    std::string row = rowOption(*bench, which, args);
                    if (row.empty())
                        throwError(ErrorKind::Usage, Message(EDAU_MSG("The option {option} is needed")).arg("option", "--case"));
                    Memo memo = addCellMemo(*bench, which, row, required(args, "--code"), title, text);
                    io.out << memo.uuid << '\n';
                    return kSuccess;
                }
                MemoTarget target = MemoTarget::Project;
                std::string targetUuid;
                if (kind == "document") {
                    target = MemoTarget::Document;
                    targetUuid = findDocument(*bench, which).uuid;
                } else if (kind == "code") {
                    target = MemoTarget::Code;
                    auto c = findCodeByPath(bench->codes(), which);
                    if (!c) throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no code {path} in the codebook")).arg("path", which));
                    targetUuid = c->uuid;
                } else if (kind == "case") {
                    target = MemoTarget::Case;
                    auto c = store.caseByName(which);
                    if (!c) throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no case called {name}")).arg("name", which));
                    targetUuid = c->uuid;
                } else if (kind == "coding") {
                    target = MemoTarget::Coding;
                    auto c = store.codingByUuid(which);
                    if (!c) throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no coding {id} in {file}")).arg("id", which).arg("file", bench->path()));
                    targetUuid = c->uuid;
                } else if (kind != "project") {
                    throwError(ErrorKind::Usage,
                               Message(EDAU_MSG("--on takes project, document:NAME, code:PATH, case:NAME, coding:ID or "
                                                "cell:MATRIX, not {value}"))
                                   .arg("value", on));
                }
                Memo memo = store.addMemo(target, targetUuid, title, text);
                io.out << memo.uuid << '\n';
                return kSuccess;
            }};
}

Command memosCommand() {
    return {"memos", "memos PROJECT.edau [--json]", N_("List the memos with what each is written on."), 1, 1, {},
            {"--json"},
            [](const Arguments& args, const Io& io) {
                auto bench = openForReading(args.positionals[0], io);
                Json list = Json::array();
                for (const auto& v : listMemos(*bench)) {
                    if (args.has("--json")) {
                        Json target = Json::object();
                        target["kind"] = toString(v.target.kind);
                        target["id"] = v.target.uuid;
                        target["name"] = v.target.name;
                        target["description"] = render(v.target.description);
                        if (v.target.kind == MemoTarget::MatrixCell && !v.target.missing) {
                            target["matrix"] = v.target.matrix;
                            target["row"] = v.target.row;
                            target["code"] = v.target.code;
                        }
                        target["missing"] = v.target.missing;
                        Json j = Json::object();
                        j["id"] = v.memo.uuid;
                        j["title"] = v.memo.title;
                        j["text"] = v.memo.text;
                        j["coder"] = v.coder;
                        j["created_at"] = v.memo.createdAt;
                        j["modified_at"] = v.memo.modifiedAt;
                        j["target"] = std::move(target);
                        list.push(std::move(j));
                    } else {
                        io.out << render(v.target.description) << '\t' << v.coder << '\t' << v.memo.title << '\t'
                               << v.memo.text << '\n';
                    }
                }
                if (args.has("--json")) io.printJson(list);
                return kSuccess;
            }};
}

namespace {
int undoOrRedo(const Arguments& args, const Io& io, bool undo) {
    auto bench = openForWriting(args.positionals[0], io);
    auto done = undo ? bench->store().undo() : bench->store().redo();
    if (!done) {
        io.err << (undo ? tr("There is nothing of yours to undo.") : tr("There is nothing to redo.")) << '\n';
        return kUserError;
    }
    io.out << render(Message(undo ? EDAU_MSG("Undone: {change}") : EDAU_MSG("Redone: {change}")).arg("change", *done)) << '\n';
    return kSuccess;
}
}  // namespace

Command undoCommand() {
    return {"undo", "undo PROJECT.edau", N_("Undo the current coder's last change (codings, codebook, memos, summaries)."), 1, 1,
            {}, {}, [](const Arguments& args, const Io& io) { return undoOrRedo(args, io, true); }};
}

Command redoCommand() {
    return {"redo", "redo PROJECT.edau", N_("Redo the change last undone."), 1, 1, {}, {},
            [](const Arguments& args, const Io& io) { return undoOrRedo(args, io, false); }};
}

}  // namespace edau::cli

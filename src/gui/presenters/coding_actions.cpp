// SPDX-License-Identifier: GPL-3.0-or-later
/// The writes behind the coding commands of the desktop app, each one undoable action.
#include "presenters/coding_actions.h"

#include "edau/app/code_paths.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "edau/text/unicode.h"
#include "presenters/codebook_presenter.h"

namespace edau::gui {
namespace {

Code requireCode(const Workbench& workbench, RowId codeId) {
    std::optional<Code> code = workbench.store().codeById(codeId);
    if (!code) {
        throwError(ErrorKind::NotFound,
                   Message(EDAU_MSG("The code {code} is no longer in the codebook")).arg("code", std::to_string(codeId)));
    }
    return *code;
}

}  // namespace

Coding codePassage(Workbench& workbench, RowId documentId, const TextRange& passage, RowId codeId) {
    if (passage.end <= passage.start) {
        throwError(ErrorKind::Usage, Message(EDAU_MSG("Select the text to code first")));
    }
    const std::optional<Coder> coder = workbench.currentCoder();
    if (!coder) throwError(ErrorKind::Usage, Message(EDAU_MSG("Choose who is coding first")));
    return workbench.store().addCoding(documentId, passage.start, passage.end, codeId, coder->id);
}

Code codeAtPath(Workbench& workbench, const std::string& path) {
    std::vector<std::string> names = splitCodePath(path);
    for (const std::string& name : names) {
        if (name.empty()) {
            throwError(ErrorKind::Usage, Message(EDAU_MSG("The code path {path} has an empty name in it")).arg("path", path));
        }
    }
    ProjectStore& store = workbench.store();
    Code found;
    store.write([&] {
        std::vector<Code> codes = store.codes();
        std::optional<RowId> parent;
        for (const std::string& rawName : names) {
            const std::string name = text::toNfc(rawName);
            std::optional<Code> existing;
            for (const Code& code : codes) {
                if (code.parentId == parent && code.name == name) existing = code;
            }
            if (!existing) {
                existing = store.addCode(name, parent, {}, suggestCodeColour(codes));
                codes.push_back(*existing);
            }
            found = *existing;
            parent = found.id;
        }
    });
    return found;
}

Code codePassageAtPath(Workbench& workbench, RowId documentId, const TextRange& passage, const std::string& path) {
    if (passage.end <= passage.start) {
        throwError(ErrorKind::Usage, Message(EDAU_MSG("Select the text to code first")));
    }
    Code code;
    workbench.store().write([&] {
        code = codeAtPath(workbench, path);
        codePassage(workbench, documentId, passage, code.id);
    });
    return code;
}

void moveCode(Workbench& workbench, RowId codeId, std::optional<RowId> newParentId) {
    Code code = requireCode(workbench, codeId);
    if (code.parentId == newParentId) return;
    code.parentId = newParentId;
    workbench.store().updateCode(code);
}

void renameCode(Workbench& workbench, RowId codeId, const std::string& newName) {
    Code code = requireCode(workbench, codeId);
    if (code.name == newName) return;
    const std::optional<RowId> parent = code.parentId;
    for (const Code& sibling : workbench.codes()) {
        if (sibling.id != codeId && sibling.parentId == parent && sibling.name == text::toNfc(newName)) {
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("There is already a code called {name} in the same place in the codebook"))
                           .arg("name", newName));
        }
    }
    code.name = newName;
    workbench.store().updateCode(code);
}

}  // namespace edau::gui

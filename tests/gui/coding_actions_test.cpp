// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the coding commands' writes: each is one action that one undo reverses.
#include "presenters/coding_actions.h"

#include <gtest/gtest.h>

#include <string>

#include "edau/app/code_paths.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace edau::gui {
namespace {

struct Project {
    test::TempDir dir;
    std::unique_ptr<Workbench> workbench;
    Document document;

    Project() {
        workbench = Workbench::create(dir.file("p.edau"), "Prawf");
        DocumentDraft draft;
        draft.name = "siân";
        draft.format = "txt";
        draft.text = "Siân: Dw i’n gofalu am fy nhad.\nLowri: Diolch.";
        document = workbench->store().addDocument(draft);
        workbench->useCoder("Lowri");
    }
};

TEST(CodingActions, CodesAPassageAsTheCurrentCoder) {
    Project p;
    const Code code = p.workbench->store().addCode("Gofalu", std::nullopt);
    const Coding coding = codePassage(*p.workbench, p.document.id, TextRange{6, 20}, code.id);
    EXPECT_EQ(coding.start, 6);
    EXPECT_EQ(coding.end, 20);
    EXPECT_EQ(coding.coderId, p.workbench->currentCoder()->id);
    EXPECT_EQ(p.workbench->store().undo(), "coding.add");
    EXPECT_TRUE(p.workbench->store().codingsOfDocument(p.document.id).empty());
}

TEST(CodingActions, RefusesAnEmptyPassage) {
    Project p;
    const Code code = p.workbench->store().addCode("Gofalu", std::nullopt);
    EXPECT_THROW(codePassage(*p.workbench, p.document.id, TextRange{5, 5}, code.id), Error);
}

TEST(CodingActions, RefusesToCodeWithoutACoder) {
    test::TempDir dir;
    const auto workbench = Workbench::create(dir.file("p.edau"), "Prawf");
    DocumentDraft draft;
    draft.name = "d";
    draft.format = "txt";
    draft.text = "testun";
    const Document document = workbench->store().addDocument(draft);
    const Code code = workbench->store().addCode("C", std::nullopt);
    try {
        codePassage(*workbench, document.id, TextRange{0, 3}, code.id);
        FAIL() << "coded without a coder";
    } catch (const Error& error) {
        EXPECT_EQ(error.kind(), ErrorKind::Usage);
    }
}

TEST(CodingActions, MakesACodeAtAPathWithItsParentsInOneUndo) {
    Project p;
    const Code made = codeAtPath(*p.workbench, "Cymorth / Seibiant");
    const std::vector<Code> codes = p.workbench->codes();
    ASSERT_EQ(codes.size(), 2u);
    EXPECT_EQ(codePath(codes, made.id), "Cymorth/Seibiant");
    EXPECT_FALSE(made.colour.empty());
    // An existing code is found, not made again.
    EXPECT_EQ(codeAtPath(*p.workbench, "Cymorth/Seibiant").id, made.id);
    EXPECT_EQ(p.workbench->codes().size(), 2u);
    p.workbench->store().undo();
    EXPECT_TRUE(p.workbench->codes().empty());
    EXPECT_THROW(codeAtPath(*p.workbench, "Cymorth//Seibiant"), Error);
}

TEST(CodingActions, NewCodeFromSelectionIsOneUndo) {
    Project p;
    const Code made = codePassageAtPath(*p.workbench, p.document.id, TextRange{0, 5}, "Thema/Is-thema");
    EXPECT_EQ(p.workbench->store().codingsOfDocument(p.document.id).size(), 1u);
    EXPECT_EQ(p.workbench->store().codingsOfDocument(p.document.id).front().codeId, made.id);
    p.workbench->store().undo();
    EXPECT_TRUE(p.workbench->codes().empty());
    EXPECT_TRUE(p.workbench->store().codingsOfDocument(p.document.id).empty());
}

TEST(CodingActions, MovesAndRenamesCodes) {
    Project p;
    const Code parent = p.workbench->store().addCode("Cymorth", std::nullopt);
    const Code child = p.workbench->store().addCode("Seibiant", std::nullopt);
    moveCode(*p.workbench, child.id, parent.id);
    EXPECT_EQ(p.workbench->store().codeById(child.id)->parentId, parent.id);
    EXPECT_THROW(moveCode(*p.workbench, parent.id, child.id), Error);  // into its own sub-code
    moveCode(*p.workbench, child.id, std::nullopt);
    EXPECT_FALSE(p.workbench->store().codeById(child.id)->parentId.has_value());
    renameCode(*p.workbench, child.id, "Egwyl");
    EXPECT_EQ(p.workbench->store().codeById(child.id)->name, "Egwyl");
    EXPECT_THROW(renameCode(*p.workbench, child.id, "Cymorth"), Error);  // a sibling has it
    p.workbench->store().undo();
    EXPECT_EQ(p.workbench->store().codeById(child.id)->name, "Seibiant");
}

}  // namespace
}  // namespace edau::gui

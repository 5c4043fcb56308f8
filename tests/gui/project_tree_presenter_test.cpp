// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the project tree model: groups, counts, sorting and the code hierarchy.
#include "presenters/project_tree_presenter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <stdexcept>
#include <optional>
#include <string>
#include <vector>

#include "edau/app/sample_project.h"
#include "edau/app/workbench.h"
#include "temp_dir.h"

namespace edau::gui {
namespace {

using Kind = ProjectTreeNodeKind;

Document document(const std::string& name, const std::string& uuid) {
    Document d;
    d.name = name;
    d.uuid = uuid;
    return d;
}

Code code(RowId id, const std::string& name, std::optional<RowId> parent = std::nullopt, std::int64_t ordinal = 0) {
    Code c;
    c.id = id;
    c.uuid = "code-" + std::to_string(id);
    c.name = name;
    c.parentId = parent;
    c.ordinal = ordinal;
    return c;
}

std::vector<std::string> childNames(const ProjectTreeNode& node) {
    std::vector<std::string> names;
    for (const ProjectTreeNode& child : node.children) names.push_back(child.name);
    return names;
}

const ProjectTreeNode& group(const ProjectTreeModel& model, Kind kind) {
    for (const ProjectTreeNode& g : model.groups) {
        if (g.kind == kind) return g;
    }
    throw std::runtime_error("no such group");
}

/// Every code node in the forest, depth first.
void collectCodes(const ProjectTreeNode& node, std::vector<std::string>& uuids) {
    for (const ProjectTreeNode& child : node.children) {
        uuids.push_back(child.uuid);
        collectCodes(child, uuids);
    }
}

TEST(ProjectTreePresenter, AnEmptyProjectStillShowsTheFiveGroupsInOrder) {
    const ProjectTreeModel model = buildProjectTree(ProjectContents{});
    ASSERT_EQ(model.groups.size(), 5u);
    const std::vector<Kind> expected{Kind::SourcesGroup, Kind::CasesGroup, Kind::CodesGroup, Kind::MatricesGroup,
                                     Kind::MemosGroup};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(model.groups[i].kind, expected[i]);
        EXPECT_EQ(model.groups[i].count, 0u);
        EXPECT_TRUE(model.groups[i].children.empty());
        EXPECT_TRUE(isGroup(model.groups[i].kind));
    }
}

TEST(ProjectTreePresenter, SourcesAreSortedByNameIgnoringCase) {
    ProjectContents contents;
    contents.documents = {document("carer-02", "u2"), document("Bethan", "u3"), document("alun", "u1"),
                          document("Carer-01", "u4")};
    const ProjectTreeModel model = buildProjectTree(contents);
    const ProjectTreeNode& sources = group(model, Kind::SourcesGroup);
    EXPECT_EQ(sources.count, 4u);
    EXPECT_EQ(childNames(sources), (std::vector<std::string>{"alun", "Bethan", "Carer-01", "carer-02"}));
    EXPECT_EQ(sources.children[0].kind, Kind::Source);
    EXPECT_EQ(sources.children[0].uuid, "u1");
}

TEST(ProjectTreePresenter, DisplayOrderIsCaseInsensitiveAndStable) {
    setDisplayLanguage("en");
    struct Row {
        std::string a;
        std::string b;
        bool aFirst;
    };
    const std::vector<Row> rows{
        {"apple", "Banana", true},
        {"Banana", "apple", false},
        {"abc", "ABD", true},
        {"ab", "abc", true},
        {"same", "Same", true},   // equal but for case: the collation puts lower case first
        {"Same", "same", false},
        {"x", "x", false},
    };
    for (const Row& row : rows) {
        EXPECT_EQ(namesInDisplayOrder(row.a, row.b), row.aFirst) << row.a << " vs " << row.b;
    }
}

TEST(ProjectTreePresenter, CasesMatricesAndMemosAreListedWithTheirIdentity) {
    ProjectContents contents;
    Case sian;
    sian.name = "Siân";
    sian.uuid = "case-1";
    Case jade;
    jade.name = "Jade";
    jade.uuid = "case-2";
    contents.cases = {sian, jade};
    Matrix matrix;
    matrix.name = "Caring and work";
    matrix.uuid = "matrix-1";
    contents.matrices = {matrix};
    Memo titled;
    titled.title = "Early impressions";
    titled.uuid = "memo-1";
    Memo untitled;
    untitled.uuid = "memo-2";
    contents.memos = {titled, untitled};

    const ProjectTreeModel model = buildProjectTree(contents);
    EXPECT_EQ(childNames(group(model, Kind::CasesGroup)), (std::vector<std::string>{"Jade", "Siân"}));
    EXPECT_EQ(group(model, Kind::CasesGroup).children[1].uuid, "case-1");
    EXPECT_EQ(group(model, Kind::MatricesGroup).count, 1u);
    EXPECT_EQ(group(model, Kind::MatricesGroup).children[0].kind, Kind::Matrix);
    const ProjectTreeNode& memos = group(model, Kind::MemosGroup);
    EXPECT_EQ(memos.count, 2u);
    // An untitled memo keeps an empty name (the view words it) and sorts first.
    EXPECT_EQ(childNames(memos), (std::vector<std::string>{"", "Early impressions"}));
    EXPECT_EQ(memos.children[0].uuid, "memo-2");
}

TEST(ProjectTreePresenter, CodesNestUnderTheirParents) {
    ProjectContents contents;
    contents.codes = {code(1, "Support"), code(2, "Family", 1), code(3, "Services", 1), code(4, "Barriers"),
                      code(5, "Transport", 4), code(6, "Buses", 5)};
    const ProjectTreeModel model = buildProjectTree(contents);
    const ProjectTreeNode& codes = group(model, Kind::CodesGroup);
    EXPECT_EQ(codes.count, 6u);  // every level counts
    ASSERT_EQ(childNames(codes), (std::vector<std::string>{"Barriers", "Support"}));
    EXPECT_EQ(childNames(codes.children[1]), (std::vector<std::string>{"Family", "Services"}));
    ASSERT_EQ(childNames(codes.children[0]), (std::vector<std::string>{"Transport"}));
    EXPECT_EQ(childNames(codes.children[0].children[0]), (std::vector<std::string>{"Buses"}));
    EXPECT_EQ(codes.children[0].children[0].children[0].uuid, "code-6");
    EXPECT_EQ(codes.children[0].children[0].children[0].kind, Kind::Code);
}

TEST(ProjectTreePresenter, SiblingCodesFollowTheirOrdinalThenName) {
    ProjectContents contents;
    contents.codes = {code(1, "Zebra", std::nullopt, 0), code(2, "alpha", std::nullopt, 1),
                      code(3, "Beta", std::nullopt, 1), code(4, "child b", 1, 0), code(5, "child a", 1, 0)};
    const ProjectTreeModel model = buildProjectTree(contents);
    const ProjectTreeNode& codes = group(model, Kind::CodesGroup);
    EXPECT_EQ(childNames(codes), (std::vector<std::string>{"Zebra", "alpha", "Beta"}));
    EXPECT_EQ(childNames(codes.children[0]), (std::vector<std::string>{"child a", "child b"}));
}

TEST(ProjectTreePresenter, ADamagedCodeHierarchyStillShowsEveryCodeOnce) {
    struct Row {
        const char* what;
        std::vector<Code> codes;
        std::vector<std::string> roots;
    };
    const std::vector<Row> rows{
        {"missing parent", {code(1, "Orphan", 99), code(2, "Root")}, {"Orphan", "Root"}},
        {"own parent", {code(1, "Self", 1)}, {"Self"}},
        {"two-code loop", {code(1, "A", 2), code(2, "B", 1)}, {"A"}},
        {"loop with a child", {code(1, "A", 2), code(2, "B", 1), code(3, "C", 1), code(4, "Root")}, {"Root", "A"}},
    };
    for (const Row& row : rows) {
        ProjectContents contents;
        contents.codes = row.codes;
        const ProjectTreeModel model = buildProjectTree(contents);
        const ProjectTreeNode& codes = group(model, Kind::CodesGroup);
        EXPECT_EQ(childNames(codes), row.roots) << row.what;
        std::vector<std::string> shown;
        collectCodes(codes, shown);
        std::sort(shown.begin(), shown.end());
        std::vector<std::string> expected;
        for (const Code& c : row.codes) expected.push_back(c.uuid);
        std::sort(expected.begin(), expected.end());
        EXPECT_EQ(shown, expected) << row.what;
    }
}

TEST(ProjectTreePresenter, ANewProjectHasEmptyGroups) {
    const test::TempDir dir;
    const auto workbench = Workbench::create(dir.file("empty.edau"), "Empty");
    const ProjectTreeModel model = buildProjectTree(*workbench);
    ASSERT_EQ(model.groups.size(), 5u);
    for (const ProjectTreeNode& g : model.groups) EXPECT_EQ(g.count, 0u);
}

TEST(ProjectTreePresenter, TheSampleProjectTreeMatchesItsSummary) {
    const test::TempDir dir;
    const std::string path = buildSampleProject(dir.path().string());
    const auto workbench = Workbench::open(path, OpenOptions{.readOnly = true});
    const ProjectSummary summary = workbench->summary();
    const ProjectTreeModel model = buildProjectTree(*workbench);

    EXPECT_EQ(group(model, Kind::SourcesGroup).count, static_cast<std::size_t>(summary.counts.documents));
    EXPECT_EQ(group(model, Kind::SourcesGroup).children.size(), static_cast<std::size_t>(summary.counts.documents));
    EXPECT_GT(summary.counts.documents, 0);
    EXPECT_EQ(group(model, Kind::CasesGroup).count, static_cast<std::size_t>(summary.counts.cases));
    EXPECT_EQ(group(model, Kind::CodesGroup).count, static_cast<std::size_t>(summary.counts.codes));
    EXPECT_EQ(group(model, Kind::MatricesGroup).count, static_cast<std::size_t>(summary.counts.matrices));
    EXPECT_EQ(group(model, Kind::MemosGroup).count, static_cast<std::size_t>(summary.counts.memos));
    for (const ProjectTreeNode& source : group(model, Kind::SourcesGroup).children) {
        EXPECT_FALSE(source.name.empty());
        EXPECT_FALSE(source.uuid.empty());
    }
}

TEST(ProjectTreePresenter, NamesSortInTheInterfaceLanguagesOrder) {
    setDisplayLanguage("cy");
    std::vector<std::string> names = {"Llŷr", "Lowri", "Chris", "Catrin", "Dylan", "Bangor", "Banc"};
    std::sort(names.begin(), names.end(), namesInDisplayOrder);
    EXPECT_EQ(names, (std::vector<std::string>{"Banc", "Bangor", "Catrin", "Chris", "Dylan", "Lowri", "Llŷr"}));
    setDisplayLanguage("en");
    std::sort(names.begin(), names.end(), namesInDisplayOrder);
    EXPECT_EQ(names, (std::vector<std::string>{"Banc", "Bangor", "Catrin", "Chris", "Dylan", "Llŷr", "Lowri"}));
}

}  // namespace
}  // namespace edau::gui

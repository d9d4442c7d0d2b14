// The pages made ahead are painted once while hidden, a strip at a time, so
// that showing one later does not pay for its first painting: each step
// paints part of a page and leaves the rest to the next, the page stays
// hidden with its updates off, and a page shown or closed meanwhile is
// passed over.
#include "common/paintahead.h"
#include "ui/uitestsupport.h"

#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QTest>
#include <QVBoxLayout>
#include <catch2/catch.hpp>
#include <memory>

using namespace jlgc;

namespace {
// A page of forty labels, one above the other, each counting its paints.
struct LabelPage {
    QWidget* page = new QWidget;
    QList<QLabel*> labels;
    std::vector<std::unique_ptr<test::PaintCounter>> counters;

    LabelPage()
    {
        auto* layout = new QVBoxLayout(page);
        for (int i = 0; i < 40; ++i) {
            auto* label = new QLabel(QStringLiteral("行 %1 — row %1").arg(i), page);
            labels << label;
            counters.push_back(std::make_unique<test::PaintCounter>());
            label->installEventFilter(counters.back().get());
            layout->addWidget(label);
        }
    }
    int paintsOf(int label) const { return counters[std::size_t(label)]->paints; }
};
} // namespace

TEST_CASE("A hidden page is painted once, top to bottom over several steps, and stays hidden "
          "with its updates off",
          "[ui][paintahead]")
{
    QStackedWidget stack;
    stack.resize(500, 1200);
    stack.addWidget(new QLabel(QStringLiteral("shown")));
    LabelPage hidden;
    stack.addWidget(hidden.page);
    stack.show();
    REQUIRE(QTest::qWaitForWindowExposed(&stack));
    hidden.page->resize(stack.size());
    hidden.page->setUpdatesEnabled(false);
    REQUIRE_FALSE(hidden.page->isVisible());
    REQUIRE(hidden.paintsOf(0) == 0);

    PaintAhead ahead;
    ahead.add(hidden.page);
    CHECK_FALSE(ahead.done());
    ahead.step(0); // one strip: the top of the page, not its bottom
    CHECK(hidden.paintsOf(0) == 1);
    CHECK(hidden.paintsOf(39) == 0);
    CHECK_FALSE(ahead.done());

    int steps = 1;
    while (!ahead.done() && steps < 1000) {
        ahead.step(0);
        ++steps;
    }
    CHECK(ahead.done());
    CHECK(steps > 2);
    for (int i = 0; i < hidden.labels.size(); ++i) {
        INFO("label " << i);
        CHECK(hidden.paintsOf(i) >= 1);
    }
    CHECK_FALSE(hidden.page->isVisible());
    CHECK_FALSE(hidden.page->updatesEnabled());
    // Nothing is left to paint: a step now paints nothing.
    const int before = hidden.paintsOf(0);
    ahead.step(1000);
    CHECK(hidden.paintsOf(0) == before);
}

TEST_CASE("A page shown or closed before it is painted ahead is passed over", "[ui][paintahead]")
{
    QStackedWidget stack;
    stack.resize(400, 600);
    stack.addWidget(new QLabel(QStringLiteral("first")));
    LabelPage shown;
    LabelPage closed;
    stack.addWidget(shown.page);
    stack.addWidget(closed.page);
    stack.show();
    REQUIRE(QTest::qWaitForWindowExposed(&stack));

    QWidget unsized; // never laid out: nothing to paint
    unsized.resize(0, 300);
    PaintAhead ahead;
    ahead.add(&unsized);
    ahead.add(closed.page);
    ahead.add(shown.page);
    delete closed.page; // the page's window was closed
    stack.setCurrentWidget(shown.page);
    QTest::qWait(50);
    const int paintsWhenShown = shown.paintsOf(0);
    CHECK(paintsWhenShown >= 1); // by the stack, as shown

    // Nothing complains: a widget with no width is not painted at all.
    static int warnings = 0;
    warnings = 0;
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString&) {
            warnings += type != QtDebugMsg && type != QtInfoMsg ? 1 : 0;
        });
    ahead.step(1000);
    qInstallMessageHandler(previous);
    CHECK(warnings == 0);
    CHECK(ahead.done());
    CHECK(shown.paintsOf(0) == paintsWhenShown); // not again, unseen
}

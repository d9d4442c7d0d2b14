#include "common/uilanguage.h"
#include "help/userguidewindow.h"
#include "mainwindow.h"
#include "ui/windowfixtures.h"

#include <QAction>
#include <QCoreApplication>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {

QAction* userGuideAction(MainWindow& w)
{
    for (QAction* menu : w.menuBar()->actions())
        if (menu->menu())
            for (QAction* a : menu->menu()->actions())
                if (a->shortcut() == QKeySequence(Qt::Key_F1))
                    return a;
    return nullptr;
}

// The names of the images the guide shows, as written in its Markdown.
QStringList imagesOf(QTextDocument* doc)
{
    QStringList names;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                names << it.fragment().charFormat().toImageFormat().name();
    return names;
}

bool loads(QTextDocument* doc, const QString& image)
{
    const QVariant data = doc->resource(QTextDocument::ImageResource, QUrl(image));
    return data.isValid() && !data.isNull();
}

} // namespace

TEST_CASE_METHOD(
    test::Window,
    "Help → User Guide opens the guide in the interface's language and follows a switch",
    "[ui][guide]")
{
    test::showExposed(w);

    QAction* action = userGuideAction(w);
    REQUIRE(action);
    CHECK(action->text() == QStringLiteral("&User Guide"));
    action->trigger();
    UserGuideWindow* guide = w.userGuide();
    REQUIRE(guide);
    REQUIRE(QTest::qWaitForWindowExposed(guide));
    // A window beside the main one, not a dialog that blocks it.
    CHECK(guide->isWindow());
    CHECK_FALSE(guide->isModal());
    CHECK(QApplication::activeModalWidget() == nullptr);

    QTextDocument* doc = guide->browser()->document();
    CHECK(doc->toPlainText().contains(QStringLiteral("Backups and restore")));
    CHECK(guide->contents()->item(0)->text() == QStringLiteral("Getting started"));
    const QStringList english = imagesOf(doc);
    REQUIRE_FALSE(english.isEmpty());
    CHECK(english.front().endsWith(QStringLiteral("-en.png")));
    CHECK(loads(doc, english.front()));

    // The same window again, not a second one.
    action->trigger();
    CHECK(w.findChildren<UserGuideWindow*>().size() == 1);

    language.setLanguage(Language::Japanese);
    QCoreApplication::processEvents();
    CHECK(guide->language() == Language::Japanese);
    CHECK(doc->toPlainText().contains(QStringLiteral("バックアップと復元")));
    CHECK_FALSE(doc->toPlainText().contains(QStringLiteral("Backups and restore")));
    CHECK(guide->contents()->item(0)->text() == QStringLiteral("はじめに"));
    const QStringList japanese = imagesOf(doc);
    REQUIRE_FALSE(japanese.isEmpty());
    CHECK(japanese.front().endsWith(QStringLiteral("-ja.png")));
    CHECK(loads(doc, japanese.front()));

    language.setLanguage(Language::English);
    QCoreApplication::processEvents();
    CHECK(doc->toPlainText().contains(QStringLiteral("Backups and restore")));
}

TEST_CASE("The guide in each language has the same sections and every screenshot it shows",
          "[ui][guide]")
{
    LanguageManager language;
    QList<int> sectionCounts;
    QList<int> imageCounts;
    for (const Language lang : {Language::English, Language::Japanese}) {
        language.setLanguage(lang);
        UserGuideWindow guide;
        QTextDocument* doc = guide.browser()->document();
        const QStringList images = imagesOf(doc);
        for (const QString& image : images) {
            INFO(image.toStdString());
            CHECK(image.endsWith(QLatin1Char('-') + languageCode(lang) + QStringLiteral(".png")));
            CHECK(loads(doc, image));
        }
        sectionCounts << guide.contents()->count();
        imageCounts << int(images.size());
    }
    language.setLanguage(Language::English);
    CHECK(sectionCounts[0] >= 10);
    CHECK(sectionCounts[0] == sectionCounts[1]);
    CHECK(imageCounts[0] == imageCounts[1]);
}

TEST_CASE_METHOD(test::InLanguage, "The guide's contents lead to each section", "[ui][guide]")
{
    UserGuideWindow guide;
    guide.resize(900, 600);
    test::showExposed(guide);
    // People: a section in the middle, long enough to scroll to its heading.
    const int row = 2;
    REQUIRE(guide.contents()->count() > row);
    guide.contents()->setCurrentRow(row);
    // That section's heading is now at the top of the text.
    const QTextCursor top = guide.browser()->cursorForPosition(QPoint(20, 8));
    CHECK(top.block().text() == guide.contents()->item(row)->text());
    CHECK(guide.browser()->verticalScrollBar()->value() > 0);
}

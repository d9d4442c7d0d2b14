#pragma once

// What many window tests start from: the interface in a language set before
// any window is made, a page on a new database in memory, the main window on
// a database.
#include "common/fieldform.h"
#include "common/searchpicker.h"
#include "common/uilanguage.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "support/testsupport.h"
#include "ui/uitestsupport.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSize>
#include <QStringList>
#include <QTest>
#include <memory>

namespace jlgc::test {

// Shows a window and waits until it is on screen.
inline void showExposed(QWidget& w)
{
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
}

// Types text into a line edit of a form as a user would, over what it held.
inline void typeInto(FieldForm* form, const char* field, const QString& text)
{
    auto* edit = qobject_cast<QLineEdit*>(form->field(QLatin1String(field)));
    REQUIRE(edit);
    edit->setFocus();
    edit->selectAll();
    typeText(edit, text);
}

// Picks from a search field as a user does: type, then take the first match.
inline void pickFirst(FieldForm* form, const char* field, const QString& text)
{
    auto* picker = qobject_cast<SearchPicker*>(form->field(QLatin1String(field)));
    REQUIRE(picker);
    REQUIRE(picker->search(text) > 0);
    picker->chooseMatch(0);
}

// The names of the window's areas, as its navigation lists them.
inline QStringList navigationAreas(MainWindow& w)
{
    QStringList areas;
    for (int i = 0; i < w.navigation()->count(); ++i)
        areas << w.navigation()->item(i)->text();
    return areas;
}

// The interface in a language (English unless told) for the test's life.
struct InLanguage {
    explicit InLanguage(Language lang = Language::English) { language.setLanguage(lang); }
    LanguageManager language;
};

// The main window, with no database yet, not shown.
// TEST_CASE_METHOD(test::Window, …) has it as w.
struct Window : InLanguage {
    explicit Window(Language lang = Language::English) : InLanguage(lang) {}
    MainWindow w{&language};
};

// The main window on a database (a new one in memory unless told), not yet
// shown.
struct WindowOn : Window {
    explicit WindowOn(const QString& path = QStringLiteral(":memory:"),
                      Language lang = Language::English)
        : Window(lang)
    {
        REQUIRE(w.openDatabase(path));
    }
};

// When a page is given its database: at once, or by open(), once the test
// has added the records it reads.
enum class Open { Now, Later };

// The interface in English and a new database in memory
// (test::memoryDatabase()). TEST_CASE_METHOD(test::OnMemory, …) has them as
// language and db.
struct OnMemory : InLanguage {
    std::unique_ptr<Database> db = memoryDatabase();
};

// A page on a new database in memory (test::memoryDatabase()), shown, at the
// given size if one is given.
template <class P> struct PageOnMemory : OnMemory {
    explicit PageOnMemory(QSize size = {}, Open when = Open::Now)
    {
        if (when == Open::Now)
            open();
        if (size.isValid())
            page.resize(size);
        page.show();
    }
    void open() { page.setDatabase(db.get()); }
    P page;
};

} // namespace jlgc::test

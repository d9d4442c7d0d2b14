// A combo box filled again (a filter after a language switch, a field's
// choices) keeps the item chosen, and says nothing while it is filled.
#include "common/comboboxes.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {
void fill(QComboBox& combo, const QString& all, const QStringList& codes)
{
    if (!all.isNull())
        combo.addItem(all, QString());
    for (const QString& c : codes)
        combo.addItem(c.toLower(), c);
}
} // namespace

TEST_CASE("A combo box filled again keeps its choice and stays quiet", "[ui][comboboxes]")
{
    QComboBox combo;
    QSignalSpy changed(&combo, &QComboBox::currentIndexChanged);
    const QStringList codes{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};

    // Filled the first time: the "All" item, though it is not the first.
    {
        const KeepChoice keep(&combo);
        CHECK(!keep.data().isValid());
        for (const QString& c : codes)
            combo.addItem(c.toLower(), c);
        combo.addItem(QStringLiteral("all"), QString());
    }
    CHECK(combo.currentIndex() == 3);
    CHECK(changed.isEmpty());

    combo.clear();
    fill(combo, QStringLiteral("all"), codes);
    combo.setCurrentIndex(combo.findData(QStringLiteral("B")));
    changed.clear();
    {
        const KeepChoice keep(&combo);
        CHECK(keep.data() == QVariant(QStringLiteral("B")));
        CHECK(combo.count() == 0);
        fill(combo, QStringLiteral("ALL"), codes);
    }
    CHECK(combo.currentData() == QVariant(QStringLiteral("B")));
    CHECK(combo.currentText() == QStringLiteral("b"));
    CHECK(changed.isEmpty());

    // The item chosen is gone: the first.
    {
        const KeepChoice keep(&combo);
        fill(combo, QString(), {QStringLiteral("A"), QStringLiteral("C")});
    }
    CHECK(combo.currentIndex() == 0);
    CHECK(changed.isEmpty());

    // Another choice asked for (a filter's default).
    {
        KeepChoice keep(&combo);
        keep.choose(QStringLiteral("C"));
        fill(combo, QStringLiteral("all"), codes);
    }
    CHECK(combo.currentData() == QVariant(QStringLiteral("C")));
    CHECK(changed.isEmpty());
}

TEST_CASE("Fiscal years are added newest first", "[ui][comboboxes]")
{
    QComboBox combo;
    combo.addItem(QStringLiteral("All fiscal years"), 0);
    CHECK(addFiscalYears(&combo, {2021, 2025, 2023}) == QList<int>{2025, 2023, 2021});
    REQUIRE(combo.count() == 4);
    CHECK(combo.itemData(1).toInt() == 2025);
    CHECK(combo.itemData(3).toInt() == 2021);
}

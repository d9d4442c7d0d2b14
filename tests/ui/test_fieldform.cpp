// A form's messages under its fields are shown in the alert red.
#include "common/alertcolor.h"
#include "common/fieldform.h"
#include "domain/fielderror.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <catch2/catch.hpp>

using namespace jlgc;

namespace {
// Pixels of the label drawn in a strong red (the text, anti-aliased).
int redPixels(QWidget* w)
{
    const QImage image = w->grab().toImage();
    int red = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            red += c.red() > 120 && c.green() < 70 && c.blue() < 90 ? 1 : 0;
        }
    return red;
}
} // namespace

TEST_CASE("A field's message is shown under it in red, and goes when the errors are cleared",
          "[ui][fieldform]")
{
    FieldForm form;
    form.add(QStringLiteral("name"), new QLineEdit);
    form.add(QStringLiteral("email"), new QLineEdit);
    form.resize(500, 300);
    form.show();
    REQUIRE(QTest::qWaitForWindowExposed(&form));
    auto* error = form.findChild<QLabel*>(QStringLiteral("fieldError_name"));
    REQUIRE(error);
    CHECK_FALSE(error->isVisible());

    form.showErrors({FieldError{QStringLiteral("name"), QStringLiteral("A name is needed.")}});
    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("A name is needed."));
    CHECK(redPixels(error) > 20);
    // Another field's message stays hidden.
    auto* email = form.findChild<QLabel*>(QStringLiteral("fieldError_email"));
    REQUIRE(email);
    CHECK_FALSE(email->isVisible());

    form.clearErrors();
    CHECK_FALSE(error->isVisible());
}

TEST_CASE("A widget shown as an alert is red, and its usual colour again after", "[ui][fieldform]")
{
    QLabel label(QStringLiteral("Two homestays overlap"));
    label.resize(300, 40);
    label.show();
    REQUIRE(QTest::qWaitForWindowExposed(&label));
    CHECK(redPixels(&label) == 0);
    showAsAlert(&label);
    CHECK(redPixels(&label) > 20);
    showAsAlert(&label, false);
    CHECK(redPixels(&label) == 0);
    CHECK(label.palette().color(QPalette::WindowText) ==
          QApplication::palette().color(QPalette::WindowText));
}

#pragma once

#include <QApplication>
#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

namespace jlgc::test {

// Settings of this test's own, empty, for as long as it lives: tests run in
// parallel processes share the test settings file, where another test's
// window may save a list's column widths at any moment.
class PrivateSettings {
public:
    PrivateSettings()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    }
    ~PrivateSettings()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation));
    }
    PrivateSettings(const PrivateSettings&) = delete;
    PrivateSettings& operator=(const PrivateSettings&) = delete;

private:
    QTemporaryDir m_dir;
};

// Types text as a user would, key by key, including kana, kanji and
// characters outside the Basic Multilingual Plane (QTest::keyClicks only
// knows ASCII).
inline void typeText(QWidget* widget, const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString ch(text[i]);
        if (text[i].isHighSurrogate() && i + 1 < text.size())
            ch += text[++i];
        if (ch.size() == 1 && ch[0].unicode() < 0x80 && ch[0].isPrint())
            QTest::keyClick(widget, ch[0].toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, ch, Qt::NoModifier);
    }
}

// Counts the paint events a widget receives (installed as its event filter).
struct PaintCounter : QObject {
    int paints = 0;
    bool eventFilter(QObject*, QEvent* e) override
    {
        paints += e->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};

// Answers each modal message box that comes (the next one, or several) with
// the given button and records its texts, so tests can drive questions such
// as "save your changes?".
class MessageBoxAnswerer {
public:
    explicit MessageBoxAnswerer(QMessageBox::StandardButton button)
        : m_choose([button](QMessageBox* box) { return box->button(button); })
    {
        start();
    }
    // Clicks the box's button with this text; with no text, or none that
    // matches, rejects the box (as Escape would).
    explicit MessageBoxAnswerer(const QString& buttonText = {})
        : m_choose([buttonText](QMessageBox* box) -> QAbstractButton* {
              for (QAbstractButton* b : box->buttons())
                  if (!buttonText.isEmpty() && b->text() == buttonText)
                      return b;
              return nullptr;
          })
    {
        start();
    }
    int count() const { return m_count; }
    QString title() const { return m_title; }
    QString text() const { return m_text; }
    QString informativeText() const { return m_informative; }
    QString detailedText() const { return m_detail; }
    // The text and informative text of every box answered so far, each
    // followed by a new line.
    QString allTexts() const { return m_all; }

private:
    void start()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_title = box->windowTitle();
            m_text = box->text();
            m_informative = box->informativeText();
            m_detail = box->detailedText();
            m_all += m_text + QLatin1Char('\n') + m_informative + QLatin1Char('\n');
            ++m_count;
            if (QAbstractButton* b = m_choose(box))
                b->click();
            else
                box->reject();
        });
        m_timer.start();
    }

    std::function<QAbstractButton*(QMessageBox*)> m_choose;
    QTimer m_timer;
    int m_count = 0;
    QString m_title;
    QString m_text;
    QString m_informative;
    QString m_detail;
    QString m_all;
};

} // namespace jlgc::test

#include "common/datefield.h"

#include "common/uilanguage.h"
#include "domain/datetext.h"

#include <QAction>
#include <QCalendarWidget>
#include <QEvent>
#include <QFrame>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace jlgc {

namespace {

// A small calendar drawn in the text colour, so it follows the theme.
QIcon calendarIcon(const QColor& color)
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 2.5);
    p.setPen(pen);
    p.drawRoundedRect(QRectF(4, 7, 24, 21), 3, 3);
    p.fillRect(QRectF(4, 7, 24, 6), color);
    p.drawLine(QPointF(10, 3), QPointF(10, 9));
    p.drawLine(QPointF(22, 3), QPointF(22, 9));
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 3; ++c)
            p.drawRect(QRectF(8 + c * 6, 16 + r * 6, 4, 3.5));
    return QIcon(pm);
}

} // namespace

DateField::DateField(QWidget* parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    m_calendarAction =
        addAction(calendarIcon(palette().color(QPalette::Text)), QLineEdit::TrailingPosition);
    m_calendarAction->setObjectName(QStringLiteral("openCalendar"));
    connect(m_calendarAction, &QAction::triggered, this, &DateField::showCalendar);
    connect(this, &QLineEdit::editingFinished, this, &DateField::commit);
    connect(this, &QLineEdit::textChanged, this, [this] {
        // A mistake is shown as soon as the text stops being one; a date that
        // is still being typed is not marked until the field is left.
        if (isInputValid())
            markInput();
    });
    // Room for the longest date with its weekday and the two buttons.
    const QString widest =
        DateText::date(QDate(2027, 9, 29), Language::English, DateText::Style::WithWeekday);
    setMinimumWidth(fontMetrics().horizontalAdvance(widest + QStringLiteral("MM")) + 56);
    retranslate();
}

QDate DateField::value() const
{
    return DateText::parse(text(), contextDate());
}

bool DateField::isInputValid() const
{
    bool empty = false;
    const QDate d = DateText::parse(text(), contextDate(), &empty);
    return empty || d.isValid();
}

QDate DateField::contextDate() const
{
    return m_context ? m_context() : QDate();
}

void DateField::setValue(const QDate& d)
{
    showDate(d);
    markInput();
    if (d != m_date) {
        m_date = d;
        emit dateChanged(d);
    }
}

void DateField::showDate(const QDate& d)
{
    setText(d.isValid() ? DateText::date(d, uiLanguage(), DateText::Style::WithWeekday)
                        : QString());
    setCursorPosition(0);
}

void DateField::commit()
{
    const QDate d = value();
    if (d.isValid())
        showDate(d); // 1/18 shows the year it was taken for
    markInput();
    if (d != m_date) {
        m_date = d;
        emit dateChanged(d);
    }
}

void DateField::markInput()
{
    const bool ok = isInputValid();
    setProperty("invalidDate", !ok);
    setStyleSheet(ok ? QString() : QStringLiteral("QLineEdit { background: #fde7ea; }"));
    setToolTip(ok ? tr("Type a date (1/18/2027, 2027/1/18, 2027年1月18日, 令和9年1月18日; "
                       "1/18 for the coming one) or press Alt+Down for the calendar.")
                  : tr("Not a date. Type it as 1/18/2027, 2027/1/18, 2027年1月18日 or "
                       "令和9年1月18日, or press Alt+Down for the calendar."));
}

void DateField::showCalendar()
{
    if (!m_popup) {
        m_popup = new QFrame(this, Qt::Popup);
        m_popup->setFrameShape(QFrame::StyledPanel);
        auto* layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(2, 2, 2, 2);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setObjectName(QStringLiteral("calendar"));
        m_calendar->setGridVisible(true);
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        m_calendar->setFirstDayOfWeek(Qt::Sunday);
        layout->addWidget(m_calendar);
        connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate& d) {
            m_popup->hide();
            setValue(d);
            setFocus();
        });
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate& d) {
            m_popup->hide();
            setValue(d);
            setFocus();
        });
    }
    m_calendar->setLocale(QLocale());
    // The date, else the record's context, else today.
    const QDate shown = value();
    const QDate context = contextDate();
    const QDate open = shown.isValid() ? shown : context.isValid() ? context : QDate::currentDate();
    {
        const QSignalBlocker block(m_calendar);
        m_calendar->setSelectedDate(open);
        m_calendar->setCurrentPage(open.year(), open.month());
    }
    m_popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen* s = screen()) {
        const QRect avail = s->availableGeometry();
        if (at.y() + m_popup->height() > avail.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
        at.setX(std::clamp(at.x(), avail.left(),
                           std::max(avail.left(), avail.right() - m_popup->width())));
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus();
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key == Qt::Key_F4 || (key == Qt::Key_Down && (event->modifiers() & Qt::AltModifier))) {
        showCalendar();
        return;
    }
    if (event->modifiers() == Qt::NoModifier &&
        (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
         key == Qt::Key_PageDown)) {
        QDate base = value();
        if (!base.isValid())
            base = contextDate().isValid() ? contextDate() : QDate::currentDate();
        else if (key == Qt::Key_Up)
            base = base.addDays(1);
        else if (key == Qt::Key_Down)
            base = base.addDays(-1);
        else if (key == Qt::Key_PageUp)
            base = base.addMonths(1);
        else
            base = base.addMonths(-1);
        setValue(base);
        selectAll();
        emit textEdited(text()); // the user's edit, for forms that watch typing
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::focusInEvent(QFocusEvent* event)
{
    QLineEdit::focusInEvent(event);
    // The whole date is selected however the field was reached: typing
    // replaces it and Delete clears it.
    QTimer::singleShot(0, this, [this] {
        if (hasFocus())
            selectAll();
    });
}

void DateField::focusOutEvent(QFocusEvent* event)
{
    QLineEdit::focusOutEvent(event);
    if (m_popup && m_popup->isVisible())
        return;
    markInput();
}

void DateField::wheelEvent(QWheelEvent* event)
{
    // The wheel scrolls the form; it never changes a date.
    QWidget::wheelEvent(event);
}

void DateField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (const QDate d = value(); d.isValid())
            showDate(d);
    }
    if (event->type() == QEvent::PaletteChange && m_calendarAction)
        m_calendarAction->setIcon(calendarIcon(palette().color(QPalette::Text)));
    QLineEdit::changeEvent(event);
}

void DateField::retranslate()
{
    setPlaceholderText(tr("m/d/yyyy", "placeholder of an empty date field"));
    m_calendarAction->setToolTip(tr("Choose in the calendar (Alt+Down)"));
    markInput();
}

} // namespace jlgc

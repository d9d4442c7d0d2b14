#include "fellowship/daterangefield.h"

#include "common/datefield.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace jlgc {

DateRangeField::DateRangeField(QWidget* parent)
    : QWidget(parent), m_start(new DateField), m_end(new DateField), m_to(new QLabel)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_start, 1);
    layout->addWidget(m_to);
    layout->addWidget(m_end, 1);
    setFocusProxy(m_start);
    for (DateField* f : {m_start, m_end}) {
        connect(f, &DateField::dateChanged, this, &DateRangeField::edited);
        connect(f, &QLineEdit::textEdited, this, &DateRangeField::edited);
    }
    m_end->setContext([this] { return m_start->value(); });
    // Picking the first day of an empty range proposes the same day as the last.
    connect(m_start, &DateField::dateChanged, this, [this] {
        if (m_start->value().isValid() && !m_end->value().isValid()) {
            const QSignalBlocker block(m_end);
            m_end->setValue(m_start->value());
        }
    });
    retranslate();
}

void DateRangeField::setContext(std::function<QDate()> context)
{
    m_start->setContext(context);
    m_end->setContext([this, context] {
        const QDate first = m_start->value();
        return first.isValid() ? first : context ? context() : QDate();
    });
}

QDate DateRangeField::start() const
{
    return m_start->value();
}

QDate DateRangeField::end() const
{
    return m_end->value();
}

void DateRangeField::setRange(const QDate& start, const QDate& end)
{
    const QSignalBlocker b1(m_start), b2(m_end);
    m_start->setValue(start);
    m_end->setValue(end);
}

void DateRangeField::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DateRangeField::retranslate()
{
    m_to->setText(tr("to", "between the first and the last day of a range"));
}

} // namespace jlgc

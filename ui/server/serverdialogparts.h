#pragma once

#include "common/alertcolor.h"

#include <QLabel>

namespace jlgc::serverdialogs {

// Why the last action failed, in red under the list (hidden until then).
inline void problemLabel(QLabel* label)
{
    label->setWordWrap(true);
    showAsAlert(label);
    label->hide();
}

} // namespace jlgc::serverdialogs

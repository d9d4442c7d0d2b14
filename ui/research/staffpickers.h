#pragma once

#include "common/pickers.h"
#include "domain/governmentref.h"
#include "domain/staffmember.h"

class QColor;

namespace jlgc {

// Lookups for the office's own staff and for Japanese governments, shared by
// the delegation and research pages.
namespace staffpickers {

// Staff members by any form of their name or their position; key = staff id.
SearchPicker::Provider staff(DatabaseGetter db, bool dispatchedOnly = false);
QString staffLabel(Database* db, StaffMemberId id);

// A government is a prefecture or municipality (jurisdiction picker) or an
// organization (organization picker): read and shown through the two.
GovernmentRef governmentFrom(const SearchPicker* jurisdiction, const SearchPicker* organization);
void showGovernment(Database* db, const GovernmentRef& government, SearchPicker* jurisdiction,
                    SearchPicker* organization);

// The background of rows that need attention (awaiting handover).
QColor warningBackground();

} // namespace staffpickers
} // namespace jlgc

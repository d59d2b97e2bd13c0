#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tst_layers: the layering walls of cmake/OutpostLayers.cmake hold on this tree, and they fail
# (naming the file) on a tree that breaks them: an app/ library including a Widgets header or
# a header of a higher layer or of another feature, ui/ including QtNetwork, and a library linking a higher layer.
# usage: check-layers.sh SOURCE_DIR QT_INCLUDE_ROOT
set -u
src=$1
qt=$2
fail() { echo "FAIL: $*"; exit 1; }

out=$(cmake -DSOURCE_DIR="$src" -DQT_INCLUDE_ROOT="$qt" -P "$src/cmake/CheckLayers.cmake" 2>&1) \
    || fail "this tree breaks its own layers:"$'\n'"$out"
echo "PASS: $src keeps its layers"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/cmake" "$tmp/app/mail" "$tmp/app/conversation" "$tmp/app/threads" "$tmp/app/submit" \
    "$tmp/app/providers/gmail" "$tmp/app/cli" "$tmp/ui"
cp "$src/cmake/OutpostLayers.cmake" "$src/cmake/CheckLayers.cmake" "$tmp/cmake/"
printf '#include <QString>\n#include <QWidget>\n#include "compose/ComposeController.h"\n' \
    > "$tmp/app/mail/Bad.cpp"
printf '#include "mail/Draft.h"\n#include <QtWebEngineWidgets/QWebEngineView>\n' \
    > "$tmp/app/conversation/Render.cpp"
# Features are walled from each other too: a conversation never reaches into the composer.
printf '#include "compose/DraftAutosave.h"\n' > "$tmp/app/conversation/Reply.cpp"
printf '#include "compose/ComposeController.h"\n#include <QSettings>\n' > "$tmp/app/threads/Ok.cpp"
printf '#include <QWidget>\n#include <QNetworkAccessManager>\n' > "$tmp/ui/View.cpp"
# One clock: reading the system's time outside mail/Clock.cpp is refused.
printf 'auto t = QDateTime::currentDateTimeUtc();\n' > "$tmp/app/threads/Late.cpp"
# No hidden inputs: a library reading the environment is refused; the command line may.
printf 'QUrl u(qEnvironmentVariable("OUTPOST_GMAIL_API_URL"));\n' > "$tmp/app/providers/gmail/Api.cpp"
printf 'QString t = qEnvironmentVariable("OUTPOST_TOKEN");\n' > "$tmp/app/cli/Send.cpp"
# The providers sit above submit: the outbox never names one (it asks its Submission).
printf '#include "providers/ProviderRegistry.h"\n' > "$tmp/app/submit/Route.cpp"
printf '#include "submit/Submission.h"\n#include "settings/Settings.h"\n' \
    > "$tmp/app/providers/gmail/Row.cpp"
out=$(cmake -DSOURCE_DIR="$tmp" -DQT_INCLUDE_ROOT="$qt" -P "$tmp/cmake/CheckLayers.cmake" 2>&1) \
    && fail "a tree with forbidden includes passed the check"
for expected in "app/mail/Bad.cpp: includes <QWidget> from QtWidgets" \
    "app/mail/Bad.cpp: includes compose/ComposeController.h" \
    "app/conversation/Render.cpp: includes <QtWebEngineWidgets/QWebEngineView>" \
    "app/conversation/Reply.cpp: includes compose/DraftAutosave.h" \
    "ui/View.cpp: includes <QNetworkAccessManager> from QtNetwork" \
    "app/submit/Route.cpp: includes providers/ProviderRegistry.h" \
    "app/providers/gmail/Row.cpp: includes settings/Settings.h" \
    "app/threads/Late.cpp: reads the system's time" \
    "app/providers/gmail/Api.cpp: reads the environment"; do
    grep -qF "$expected" <<<"$out" || fail "the check did not say: $expected"$'\n'"$out"
done
grep -q "Ok.cpp\|cli/Send.cpp\|QString\|QSettings\|ui/View.cpp: includes <QWidget>\|Row.cpp: includes submit/" <<<"$out" \
    && fail "the check refused an allowed include:"$'\n'"$out"
echo "PASS: forbidden includes are named"

# The link wall, at configure time: mail linking compose.
mkdir -p "$tmp/link"
cat > "$tmp/link/CMakeLists.txt" <<CML
cmake_minimum_required(VERSION 3.25)
project(layers LANGUAGES CXX)
include("$src/cmake/OutpostLayers.cmake")
file(WRITE \${CMAKE_BINARY_DIR}/x.cpp "int x() { return 0; }\n")
add_library(outpost_compose STATIC \${CMAKE_BINARY_DIR}/x.cpp)
add_library(outpost_mail STATIC \${CMAKE_BINARY_DIR}/x.cpp)
target_link_libraries(outpost_mail PRIVATE outpost_compose)
outpost_check_layer_links()
CML
out=$(cmake -S "$tmp/link" -B "$tmp/link/build" 2>&1) \
    && fail "a library linking a higher layer was configured"
grep -qF "outpost_mail links outpost_compose" <<<"$out" \
    || fail "the link check did not name the link:"$'\n'"$out"
echo "PASS: a forbidden link fails the configuration"
echo "3 passed, 0 failed"

# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DSOURCE_DIR=<tree> -DQT_INCLUDE_ROOT=<…/qt6> -P cmake/CheckLayers.cmake
# Fails, naming file and line, when a source under app/<layer>/ or ui/ includes a header of a
# folder its layer may not use, or a header of a Qt module its layer must not use. The table
# is cmake/OutpostLayers.cmake (of this script's tree, so a test can point SOURCE_DIR elsewhere).
cmake_minimum_required(VERSION 3.25)
include(${CMAKE_CURRENT_LIST_DIR}/OutpostLayers.cmake)
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "CheckLayers: set SOURCE_DIR")
endif()

set(problems "")
foreach(layer IN LISTS OUTPOST_LAYERS)
    if(layer STREQUAL "ui")
        set(dir ${SOURCE_DIR}/ui)
        set(forbidden_qt ${OUTPOST_FORBIDDEN_QT_ui})
    else()
        set(dir ${SOURCE_DIR}/app/${layer})
        set(forbidden_qt ${OUTPOST_FORBIDDEN_QT_app})
    endif()
    file(GLOB_RECURSE files ${dir}/*.cpp ${dir}/*.h)
    foreach(file IN LISTS files)
        file(STRINGS ${file} lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
        file(RELATIVE_PATH shown ${SOURCE_DIR} ${file})
        # One clock: the system's time is read in mail/Clock.cpp (systemNow) and nowhere else,
        # so that every time seam is a Clock a test can move. The sandbox, a stand-in for
        # servers, keeps its own seam (SandboxServer::Options::clock).
        if(NOT shown STREQUAL "app/mail/Clock.cpp" AND NOT layer STREQUAL "sandbox")
            file(STRINGS ${file} reads REGEX "current(DateTime|DateTimeUtc|MSecsSinceEpoch|SecsSinceEpoch|Date|Time)\\(")
            foreach(read IN LISTS reads)
                string(STRIP "${read}" read)
                list(APPEND problems "${shown}: reads the system's time (${read}): take a Clock "
                    "(mail/Clock.h) or call systemNow()")
            endforeach()
        endif()
        # No hidden inputs: the environment is read by the program's wiring (app/*.cpp, the
        # command line in app/cli) and handed down (ConfigOverrides, Session, options), never
        # read by a library below it. The sandbox, a stand-in started by the wiring, and ui/
        # (Qt's own plugin and WebEngine switches) are outside this rule.
        if(NOT layer STREQUAL "sandbox" AND NOT layer STREQUAL "cli" AND NOT layer STREQUAL "ui")
            file(STRINGS ${file} envs REGEX "(qEnvironmentVariable[A-Za-z]*|qgetenv|getenv|QProcessEnvironment)[ \t]*[(:]")
            foreach(env IN LISTS envs)
                string(STRIP "${env}" env)
                list(APPEND problems "${shown}: reads the environment (${env}): take the value "
                    "from the wiring (ConfigOverrides, or an option)")
            endforeach()
        endif()
        foreach(line IN LISTS lines)
            if(NOT line MATCHES "^[ \t]*#[ \t]*include[ \t]*([<\"])([^>\"]+)[>\"]")
                continue()
            endif()
            set(header "${CMAKE_MATCH_2}")
            # One of our folders: "compose/ComposeController.h".
            if(header MATCHES "^([a-z]+)/" AND CMAKE_MATCH_1 IN_LIST OUTPOST_LAYERS)
                set(used ${CMAKE_MATCH_1})
                if(NOT used STREQUAL layer AND NOT used IN_LIST OUTPOST_LAYER_${layer})
                    list(APPEND problems "${shown}: includes ${header}: the ${layer} layer may "
                        "use only ${OUTPOST_LAYER_${layer}}")
                endif()
                continue()
            endif()
            # A Qt module by path ("QtWidgets/QWidget") or by class ("QWidget", looked up in
            # the Qt include tree).
            set(module "")
            if(header MATCHES "^(Qt[A-Za-z]+)/")
                set(module ${CMAKE_MATCH_1})
            elseif(header MATCHES "^(Qt[A-Za-z]+)$" AND header IN_LIST forbidden_qt)
                set(module ${header})
            elseif(header MATCHES "^Q[A-Za-z]+$" AND QT_INCLUDE_ROOT)
                foreach(m IN LISTS forbidden_qt)
                    if(EXISTS ${QT_INCLUDE_ROOT}/${m}/${header})
                        # Some class headers exist in two modules (QAction: Gui only in Qt 6);
                        # QtCore's copy, if any, is allowed.
                        if(NOT EXISTS ${QT_INCLUDE_ROOT}/QtCore/${header})
                            set(module ${m})
                        endif()
                        break()
                    endif()
                endforeach()
            endif()
            if(module AND module IN_LIST forbidden_qt)
                list(APPEND problems
                    "${shown}: includes <${header}> from ${module}, which the ${layer} layer must "
                    "not use")
            endif()
        endforeach()
    endforeach()
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "Layering (cmake/OutpostLayers.cmake) is broken:\n  ${text}")
endif()

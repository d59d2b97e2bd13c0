# SPDX-License-Identifier: GPL-3.0-or-later
# The layers of Outpost, written once: which folder may use which. Two walls are built from
# this table, so that a slip fails the build instead of waiting for a reviewer:
#  - at configure time, every library's link list (outpost_check_layer_links);
#  - at build time, every #include of every source (cmake/CheckLayers.cmake, run by the
#    `outpost_layers` target that each library depends on, and tested by tst_layers).
# Dependency direction, never reversed:
# ui → features → providers → submit → platform/auth/store → net → mail, where the features are
# threads → compose → accounts → display → settings, and conversation and outbox beside them
# (on display and settings only). The command line (cli) uses the features and the sandbox.
# net is the one HTTP core (requests, tokens, errors, timeouts); nothing else builds a request.

# The folders (under app/, and ui/) each may include besides itself.
set(OUTPOST_LAYER_mail "")
set(OUTPOST_LAYER_net "mail")
set(OUTPOST_LAYER_auth "mail;net")
set(OUTPOST_LAYER_platform "mail;net;auth")
set(OUTPOST_LAYER_store "mail")
set(OUTPOST_LAYER_submit "mail;net;auth;platform;store")
# A provider (Gmail, Outlook) is a folder under app/providers with its row in the one table,
# app/providers/ProviderRegistry: it builds on submit's Submission and is used by the features and ui.
set(OUTPOST_LAYER_providers "mail;net;auth;platform;store;submit")
# The features, one folder each, above the providers.
set(OUTPOST_BELOW_FEATURES "mail;net;auth;platform;store;submit;providers")
set(OUTPOST_LAYER_settings "${OUTPOST_BELOW_FEATURES}")
set(OUTPOST_LAYER_display "${OUTPOST_BELOW_FEATURES};settings")
set(OUTPOST_LAYER_accounts "${OUTPOST_BELOW_FEATURES};settings;display")
set(OUTPOST_LAYER_compose "${OUTPOST_BELOW_FEATURES};settings;display;accounts")
set(OUTPOST_LAYER_threads "${OUTPOST_BELOW_FEATURES};settings;display;accounts;compose")
set(OUTPOST_LAYER_conversation "${OUTPOST_BELOW_FEATURES};settings;display")
set(OUTPOST_LAYER_outbox "${OUTPOST_BELOW_FEATURES};settings;display")
set(OUTPOST_FEATURES settings display accounts compose threads conversation outbox)
set(OUTPOST_LAYER_sandbox "mail")
set(OUTPOST_LAYER_cli "${OUTPOST_BELOW_FEATURES};${OUTPOST_FEATURES};sandbox")
set(OUTPOST_LAYER_ui "${OUTPOST_BELOW_FEATURES};${OUTPOST_FEATURES}")
set(OUTPOST_LAYERS mail net auth platform store submit providers ${OUTPOST_FEATURES} sandbox cli
    ui)

# Qt modules a layer must neither include nor link. Nothing under app/ draws or renders;
# ui/ never builds an HTTP request, parses JSON or touches SQL (the features do that for it).
set(OUTPOST_FORBIDDEN_QT_app "QtGui;QtWidgets;QtWebEngineCore;QtWebEngineWidgets;QtQuick;QtQml")
set(OUTPOST_FORBIDDEN_QT_ui "QtNetwork;QtSql;QtHttpServer")

# Configure-time wall: each app/ library links only Qt modules it may and our libraries of the
# layers it may use.
function(outpost_check_layer_links)
    foreach(layer IN LISTS OUTPOST_LAYERS)
        set(target outpost_${layer})
        if(NOT TARGET ${target})
            continue()
        endif()
        if(layer STREQUAL "ui")
            set(forbidden_qt ${OUTPOST_FORBIDDEN_QT_ui})
        else()
            set(forbidden_qt ${OUTPOST_FORBIDDEN_QT_app})
        endif()
        get_target_property(links ${target} LINK_LIBRARIES)
        foreach(lib IN LISTS links)
            if(lib MATCHES "^Qt6::(.+)$")
                if("Qt${CMAKE_MATCH_1}" IN_LIST forbidden_qt)
                    message(FATAL_ERROR "Layering: ${target} links ${lib}, which the "
                        "${layer} layer must not use (cmake/OutpostLayers.cmake).")
                endif()
            elseif(lib MATCHES "^outpost_(.+)$" AND NOT lib STREQUAL "outpost_warnings")
                if(NOT CMAKE_MATCH_1 IN_LIST OUTPOST_LAYER_${layer})
                    message(FATAL_ERROR "Layering: ${target} links ${lib}; the ${layer} layer "
                        "may use only: ${OUTPOST_LAYER_${layer}} (cmake/OutpostLayers.cmake).")
                endif()
            endif()
        endforeach()
    endforeach()
endfunction()

# Build-time wall: the include check over every source, before any library compiles.
function(outpost_add_layer_check)
    get_target_property(core_dirs Qt6::Core INTERFACE_INCLUDE_DIRECTORIES)
    set(qt_root "")
    foreach(dir IN LISTS core_dirs)
        if(dir MATCHES "^(.*)/QtCore$")
            set(qt_root "${CMAKE_MATCH_1}")
        endif()
    endforeach()
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h)
    set(stamp ${CMAKE_BINARY_DIR}/outpost_layers.stamp)
    add_custom_command(OUTPUT ${stamp}
        COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DQT_INCLUDE_ROOT=${qt_root}
            -P ${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake
        COMMAND ${CMAKE_COMMAND} -E touch ${stamp}
        DEPENDS ${sources} ${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake
            ${PROJECT_SOURCE_DIR}/cmake/OutpostLayers.cmake
        COMMENT "Checking the layers' includes"
        VERBATIM)
    add_custom_target(outpost_layers ALL DEPENDS ${stamp})
    set(OUTPOST_QT_INCLUDE_ROOT "${qt_root}" PARENT_SCOPE)
endfunction()

# Checks that translations/*.ts are current and complete (run by CTest as i18n_current):
# lupdate runs over app/ into a copy of each .ts file; the copy must have no unfinished message
# (every string of the sources is translated) and as many messages as the committed file (no
# stale strings). Fix with: cmake --build --preset dev --target update_translations, translate,
# and python3 translations/complete_en.py for English.
#
#   cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P CheckTranslations.cmake
foreach(lang da en)
    set(committed "${SOURCE_DIR}/translations/klausul_${lang}.ts")
    set(copy "${WORK_DIR}/klausul_${lang}.ts")
    file(MAKE_DIRECTORY "${WORK_DIR}")
    configure_file("${committed}" "${copy}" COPYONLY)
    execute_process(
        COMMAND "${LUPDATE}" -silent -locations none -no-obsolete -extensions cpp,h
                "${SOURCE_DIR}/app" -ts "${copy}"
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed: ${output}")
    endif()
    file(READ "${copy}" updated)
    file(READ "${committed}" original)
    string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${updated}")
    list(LENGTH unfinished unfinishedCount)
    string(REGEX MATCHALL "<message[ >]" updatedMessages "${updated}")
    string(REGEX MATCHALL "<message[ >]" originalMessages "${original}")
    list(LENGTH updatedMessages updatedCount)
    list(LENGTH originalMessages originalCount)
    if(unfinishedCount GREATER 0)
        message(FATAL_ERROR "klausul_${lang}.ts: ${unfinishedCount} string(s) of the sources have no "
                            "translation. Run the update_translations target and translate them.")
    endif()
    if(NOT updatedCount EQUAL originalCount)
        message(FATAL_ERROR "klausul_${lang}.ts has ${originalCount} messages, the sources have "
                            "${updatedCount}: run the update_translations target.")
    endif()
    message(STATUS "klausul_${lang}.ts: ${updatedCount} messages, all translated")
endforeach()

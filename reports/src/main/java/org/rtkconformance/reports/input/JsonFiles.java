package org.rtkconformance.reports.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a JSON or YAML file into a tree, turning every I/O or syntax problem into a
 * {@link ReportInputException} that names the file, and the line and column where the parser stopped.
 */
public final class JsonFiles {

    private JsonFiles() {
    }

    /**
     * Reads {@code file} with {@code mapper} (a JSON or a YAML mapper).
     *
     * @param what what the file is, for the message ("statement catalog")
     */
    public static JsonNode read(ObjectMapper mapper, Path file, String what) {
        if (Files.isDirectory(file)) {
            throw new ReportInputException(file, "is a directory, expected the " + what + " file");
        }
        if (!Files.exists(file)) {
            throw new ReportInputException(file, "the " + what + " does not exist");
        }
        try {
            JsonNode tree = mapper.readTree(file.toFile());
            if (tree == null || tree.isMissingNode() || tree.isNull()) {
                throw new ReportInputException(file, "the " + what + " is empty");
            }
            return tree;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new ReportInputException(file, "the " + what + " is not well-formed" + where + ": "
                    + e.getOriginalMessage(), e);
        } catch (NoSuchFileException e) {
            throw new ReportInputException(file, "the " + what + " does not exist", e);
        } catch (IOException e) {
            throw new ReportInputException(file, "cannot read the " + what + ": " + e.getMessage(), e);
        }
    }
}

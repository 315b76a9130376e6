package se.sparbar.files.web;

import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;

/** The upload form: the name to show (optional: the file name is used) and the file. */
public class UploadForm {

    @Size(max = 300)
    private String name;

    private MultipartFile file;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
}

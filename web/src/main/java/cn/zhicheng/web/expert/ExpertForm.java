package cn.zhicheng.web.expert;

import cn.zhicheng.expert.ExpertInput;

import java.io.Serial;
import java.io.Serializable;

/** The 新增专家信息 form's fields, bound one by one; {@link #toInput()} hands them to the service as typed. */
public class ExpertForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private String country;
    private String name;
    private String idType;
    private String idNumber;
    private String sex;
    private String birthMonth;
    private String retired;
    private String workUnit;
    private String competentUnit;
    private String adminPost;
    private String adminPostLevel;
    private String phone1;
    private String phone2;
    private String honours;
    private String series;
    private String specialty;
    private String currentTitle;
    private String post;

    public static ExpertForm of(ExpertInput in) {
        ExpertForm f = new ExpertForm();
        f.country = in.country();
        f.name = in.name();
        f.idType = in.idType();
        f.idNumber = in.idNumber();
        f.sex = in.sex();
        f.birthMonth = in.birthMonth();
        f.retired = in.retired();
        f.workUnit = in.workUnit();
        f.competentUnit = in.competentUnit();
        f.adminPost = in.adminPost();
        f.adminPostLevel = in.adminPostLevel();
        f.phone1 = in.phone1();
        f.phone2 = in.phone2();
        f.honours = in.honours();
        f.series = in.series();
        f.specialty = in.specialty();
        f.currentTitle = in.currentTitle();
        f.post = in.post();
        return f;
    }

    public ExpertInput toInput() {
        return new ExpertInput(country, name, idType, idNumber, sex, birthMonth, retired, workUnit, competentUnit,
                adminPost, adminPostLevel, phone1, phone2, honours, series, specialty, currentTitle, post);
    }

    public String getCountry() { return country; }
    public void setCountry(String v) { country = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getIdType() { return idType; }
    public void setIdType(String v) { idType = v; }
    public String getIdNumber() { return idNumber; }
    public void setIdNumber(String v) { idNumber = v; }
    public String getSex() { return sex; }
    public void setSex(String v) { sex = v; }
    public String getBirthMonth() { return birthMonth; }
    public void setBirthMonth(String v) { birthMonth = v; }
    public String getRetired() { return retired; }
    public void setRetired(String v) { retired = v; }
    public String getWorkUnit() { return workUnit; }
    public void setWorkUnit(String v) { workUnit = v; }
    public String getCompetentUnit() { return competentUnit; }
    public void setCompetentUnit(String v) { competentUnit = v; }
    public String getAdminPost() { return adminPost; }
    public void setAdminPost(String v) { adminPost = v; }
    public String getAdminPostLevel() { return adminPostLevel; }
    public void setAdminPostLevel(String v) { adminPostLevel = v; }
    public String getPhone1() { return phone1; }
    public void setPhone1(String v) { phone1 = v; }
    public String getPhone2() { return phone2; }
    public void setPhone2(String v) { phone2 = v; }
    public String getHonours() { return honours; }
    public void setHonours(String v) { honours = v; }
    public String getSeries() { return series; }
    public void setSeries(String v) { series = v; }
    public String getSpecialty() { return specialty; }
    public void setSpecialty(String v) { specialty = v; }
    public String getCurrentTitle() { return currentTitle; }
    public void setCurrentTitle(String v) { currentTitle = v; }
    public String getPost() { return post; }
    public void setPost(String v) { post = v; }
}
